package de.kokreation.account;

import de.kokreation.shared.LoginAttributes;
import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys through Spring Security's WebAuthn support, kept in the database (tables
 * {@code user_entities}, {@code user_credentials}) so that every node knows them. The relying
 * party is the platform's public address ({@code kokreation.public-base-url}); where
 * {@code kokreation.passkeys.local-origins} is on (the embedded demo, the tests), the address the
 * local server listens on is allowed as well. A passkey login gets the same session handling as a
 * password login: a new session id, the session registered and counted.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyLogin {

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(DataSource dataSource) {
        return new JdbcPublicKeyCredentialUserEntityRepository(new JdbcTemplate(dataSource));
    }

    @Bean
    UserCredentialRepository passkeyCredentials(DataSource dataSource) {
        return new JdbcUserCredentialRepository(new JdbcTemplate(dataSource));
    }

    /** The relying party: whose passkeys these are (the platform's host) and where they may be used. */
    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(
            PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials,
            Origins origins) {
        Webauthn4JRelyingPartyOperations relyingParty = new Webauthn4JRelyingPartyOperations(
                userEntities,
                credentials,
                PublicKeyCredentialRpEntity.builder()
                        .id(origins.relyingPartyId())
                        .name("Kokreation")
                        .build(),
                origins.allowed());
        // A passkey replaces password and code only if the device verifies the person (PIN,
        // fingerprint, face): a bare security key does not.
        relyingParty.setCustomizeCreationOptions(
                options -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .residentKey(ResidentKeyRequirement.REQUIRED)
                        .build()));
        relyingParty.setCustomizeRequestOptions(
                options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return relyingParty;
    }

    @Bean
    Origins passkeyOrigins(
            @Value("${kokreation.public-base-url}") String publicBaseUrl,
            @Value("${kokreation.passkeys.local-origins:false}") boolean localOrigins) {
        return new Origins(publicBaseUrl, localOrigins);
    }

    @Bean
    Customizer<HttpSecurity> passkeyCeremonies(
            SecurityContextHolderStrategy vaadinAware,
            WebAuthnRelyingPartyOperations relyingParty,
            AccountUserDetailsService users,
            LoginHistory history,
            TermsOfParticipation terms) {
        AuthenticationManager asAccount =
                accountOf(new WebAuthnAuthenticationProvider(relyingParty, users), users, history, terms);
        // Spring's passkey option filters read the holder's strategy when they are made; Vaadin
        // installs its own only after all beans are made. Installed now (the same instance), the
        // filters read the login that the other filters put there.
        SecurityContextHolder.setContextHolderStrategy(vaadinAware);
        return http -> http.authorizeHttpRequests(
                        // adding a passkey: logged in, and the password typed again a moment ago
                        requests -> requests.requestMatchers(HttpMethod.POST, "/webauthn/register")
                                .access((authentication, context) ->
                                        new AuthorizationDecision(authentication.get() != null
                                                && authentication.get().getPrincipal() instanceof AccountPrincipal
                                                && Passkeys.addingAllowed(context.getRequest(), Instant.now()))))
                // the relying party is the bean above; no default pages, the platform has its own
                .webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                SessionAuthenticationStrategy sessions =
                                        http.getSharedObject(SessionAuthenticationStrategy.class);
                                if (sessions != null) {
                                    filter.setSessionAuthenticationStrategy(sessions);
                                }
                                filter.setAuthenticationManager(asAccount);
                                return filter;
                            }
                        }));
    }

    /**
     * The passkey proves the person; the login is the account's as after a password, so that
     * every service finds its {@link AccountPrincipal} (Spring's own login would hold the passkey's
     * user entity instead). Read afresh: a blocked account stays out.
     */
    private static AuthenticationManager accountOf(
            AuthenticationProvider passkeys,
            AccountUserDetailsService users,
            LoginHistory history,
            TermsOfParticipation terms) {
        return request -> {
            Authentication proven = passkeys.authenticate(request);
            if (proven == null || !(proven.getPrincipal() instanceof PublicKeyCredentialUserEntity entity)) {
                throw new BadCredentialsException("no passkey login");
            }
            UserDetails user = users.loadUserByUsername(entity.getName());
            if (!user.isEnabled()) {
                throw new DisabledException("account not active");
            }
            if (user instanceof CredentialsContainer withPassword) {
                withPassword.eraseCredentials();
            }
            history.record(entity.getName(), true, ClientAddress.of(ClientAddress.currentRequest()));
            if (user instanceof AccountPrincipal account
                    && account.needsTerms(terms.version())
                    && ClientAddress.currentRequest() != null) {
                ClientAddress.currentRequest().getSession().setAttribute(LoginAttributes.TERMS_PENDING, Boolean.TRUE);
            }
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        };
    }

    /** The origins a passkey may be used from: a live set, as the local port is known only once the server runs. */
    static final class Origins {

        private final String relyingPartyId;
        private final Set<String> allowed = new CopyOnWriteArraySet<>();
        private final boolean localOrigins;

        Origins(String publicBaseUrl, boolean localOrigins) {
            URI base = URI.create(publicBaseUrl);
            this.localOrigins = localOrigins;
            this.relyingPartyId = localOrigins ? "localhost" : base.getHost();
            allowed.add(base.getScheme() + "://" + base.getAuthority());
        }

        String relyingPartyId() {
            return relyingPartyId;
        }

        Set<String> allowed() {
            return Collections.unmodifiableSet(allowed);
        }

        @EventListener
        void serverStarted(WebServerInitializedEvent started) {
            // the application's server, not the Actuator's on its own port
            if (localOrigins && started.getApplicationContext().getServerNamespace() == null) {
                allowed.add("http://localhost:" + started.getWebServer().getPort());
            }
        }
    }
}
