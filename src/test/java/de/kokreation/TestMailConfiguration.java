package de.kokreation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Imported by {@link IntegrationTest}: the shared context's SMTP server. */
@TestConfiguration(proxyBeanMethods = false)
class TestMailConfiguration {

    @Bean
    TestMailServer testMailServer(@Value("${spring.mail.port}") int port) {
        return new TestMailServer(port);
    }
}
