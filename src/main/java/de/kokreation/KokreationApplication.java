package de.kokreation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Kokreation: co-creation consultations for Open Government action plans. */
@SpringBootApplication
@EnableAsync
@EnableScheduling
public class KokreationApplication {

    public static void main(String[] args) {
        SpringApplication.run(KokreationApplication.class, args);
    }
}
