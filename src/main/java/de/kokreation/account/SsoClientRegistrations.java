package de.kokreation.account;

import de.kokreation.shared.SignInProviders;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.web.client.RestClient;

/**
 * The configured providers as Spring Security's client registrations, each read from its discovery
 * document at the first sign-in through it and then kept. Not at startup, as Spring Boot's own
 * registrations are: a provider that is down must not keep the platform from starting, nor the
 * people who sign in with a password from taking part. A failed discovery is tried again at a
 * sign-in half a minute later at the earliest.
 */
class SsoClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(SsoClientRegistrations.class);
    private static final Duration DISCOVERY_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final Map<String, SsoSettings.Provider> providers;
    private final ConcurrentMap<String, ClientRegistration> discovered = new ConcurrentHashMap<>();
    /** When a provider's discovery last failed: not tried again for a while, so a provider that is down holds no threads. */
    private final ConcurrentMap<String, Instant> failedAt = new ConcurrentHashMap<>();

    private final RestClient http;

    SsoClientRegistrations(SsoSettings settings) {
        this.providers = Map.copyOf(settings.providers());
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(DISCOVERY_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(DISCOVERY_TIMEOUT);
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        SsoSettings.Provider provider = providers.get(registrationId);
        if (provider == null) {
            return null;
        }
        ClientRegistration known = discovered.get(registrationId);
        if (known != null) {
            return known;
        }
        Instant failed = failedAt.get(registrationId);
        if (failed != null && failed.plus(RETRY_AFTER).isAfter(Instant.now())) {
            return null;
        }
        try {
            ClientRegistration registration = discover(registrationId, provider);
            discovered.putIfAbsent(registrationId, registration);
            failedAt.remove(registrationId);
            return registration;
        } catch (RuntimeException unreachable) {
            failedAt.put(registrationId, Instant.now());
            log.warn(
                    "Identity provider {} ({}) could not be read: {}",
                    registrationId,
                    provider.issuerUri(),
                    unreachable.toString());
            return null;
        }
    }

    private ClientRegistration discover(String registrationId, SsoSettings.Provider provider) {
        String issuer = provider.issuerUri();
        String location = (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/.well-known/openid-configuration";
        Map<String, Object> configuration =
                http.get().uri(location).retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() {});
        if (configuration == null || !issuer.equals(configuration.get("issuer"))) {
            // OpenID Connect Discovery 1.0, 4.3: the document must name the issuer asked for.
            throw new IllegalStateException("the discovery document names issuer "
                    + (configuration == null ? null : configuration.get("issuer")));
        }
        return ClientRegistrations.fromOidcConfiguration(configuration)
                .registrationId(registrationId)
                .clientName(provider.label())
                .clientId(provider.clientId())
                .clientSecret(provider.clientSecret())
                .scope(provider.scopes())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .redirectUri("{baseUrl}" + SignInProviders.RETURN_PATH + "{registrationId}")
                .build();
    }
}
