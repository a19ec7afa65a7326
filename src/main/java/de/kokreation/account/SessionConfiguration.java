package de.kokreation.account;

import javax.sql.DataSource;
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
    SessionRegistry sessionRegistry(DataSource dataSource) {
        return new SessionStamps(dataSource);
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
