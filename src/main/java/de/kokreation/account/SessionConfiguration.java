package de.kokreation.account;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Knows every logged-in session of this node, so that blocking or deleting an account can end its
 * sessions at once here, and on the other nodes at their next request ({@link SessionStamps}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /** @param idleTimeout a bare number means seconds, as for Spring Boot's own session timeout */
    @Bean
    LoginSessions loginSessions(
            DataSource dataSource, Clock clock, @Value("${server.servlet.session.timeout:30m}") String idleTimeout) {
        return new LoginSessions(dataSource, clock, DurationStyle.detectAndParse(idleTimeout, ChronoUnit.SECONDS));
    }

    /**
     * @param maxSessions parallel sessions per account (0: no limit); a login beyond them ends the
     *     least recently used one
     */
    @Bean
    SessionRegistry sessionRegistry(
            LoginSessions loginSessions,
            Clock clock,
            @Value("${kokreation.session.max-per-account:5}") int maxSessions) {
        return new SessionStamps(loginSessions, clock, maxSessions);
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
