package de.kokreation.account;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Single sign-on through OpenID Connect providers; the shell's security setup uses these beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SsoSettings.class)
class SsoConfiguration {

    @Bean
    ClientRegistrationRepository ssoClientRegistrations(SsoSettings settings) {
        return new SsoClientRegistrations(settings);
    }

    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> providerSignIn(ProviderAccounts accounts) {
        return new ProviderSignIn(accounts);
    }
}
