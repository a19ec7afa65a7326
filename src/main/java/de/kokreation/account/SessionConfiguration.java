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

    @Bean
    LoginSessions loginSessions(DataSource dataSource) {
        return new LoginSessions(dataSource);
    }

    /**
     * @param maxSessions parallel sessions per account (0: no limit); a login beyond them ends the
     *     least recently used one
     */
    @Bean
    SessionRegistry sessionRegistry(
            LoginSessions loginSessions,
            Clock clock,
            @Value("${kokreation.session.max-per-account:5}") int maxSessions,
            @Value("${server.servlet.session.timeout:30m}") String idleTimeout) {
        return new SessionStamps(
                loginSessions, clock, maxSessions, DurationStyle.detectAndParse(idleTimeout, ChronoUnit.SECONDS));
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
