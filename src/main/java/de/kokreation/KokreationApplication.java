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
        skipMailServiceLookups();
        SpringApplication.run(KokreationApplication.class, args);
    }

    /**
     * Jakarta Mail looks its stream provider up through the ServiceLoader for every part of every
     * mail, which scans the whole class path (about 4 % of a node's CPU when comments are written;
     * benchmark/results/2026-12-04-capacity.md). Named here, it is found at once. An operator's own
     * setting wins.
     */
    static void skipMailServiceLookups() {
        if (System.getProperty(MAIL_STREAM_PROVIDER) == null) {
            System.setProperty(MAIL_STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private static final String MAIL_STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
}
