package de.kokreation;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in an
 * application of its own on {@code localhost:9777}, with a session cookie of its own name. People are added by the tests, each
 * with the claims its ID token carries, and may be set up to get an expired token or one from
 * another issuer. Started once per JVM, at the first test that needs it; the app's test settings
 * name it as provider {@code test-idp}.
 */
public final class TestIdentityProvider {

    public static final int PORT = 9777;
    public static final String ISSUER = "http://localhost:" + PORT;
    public static final String CLIENT_ID = "kokreation";
    public static final String CLIENT_SECRET = "test-client-secret";
    public static final String PASSWORD = "idp-passwort-1";

    /** How a person's ID token is to come out. */
    public enum Token {
        VALID,
        EXPIRED,
        WRONG_ISSUER
    }

    private record Person(Map<String, Object> claims, Token token) {}

    private static final Map<String, Person> people = new ConcurrentHashMap<>();
    private static volatile ConfigurableApplicationContext running;

    private TestIdentityProvider() {}

    /** Starts the provider unless it runs. */
    public static synchronized void start() {
        if (running == null) {
            running = new SpringApplicationBuilder(Provider.class)
                    .web(WebApplicationType.SERVLET)
                    .properties(
                            "spring.config.name=test-identity-provider",
                            "server.port=" + PORT,
                            "server.servlet.session.cookie.name=IDPSESSION",
                            "spring.main.banner-mode=off",
                            "logging.level.root=WARN")
                    .run();
        }
    }

    /**
     * Adds a person who signs in at the provider as {@code username} with {@link #PASSWORD}.
     *
     * @param claims what the ID token says of the person beyond its subject (email, email_verified, name, groups)
     */
    public static void addPerson(String username, Map<String, Object> claims, Token token) {
        start();
        people.put(username, new Person(Map.copyOf(claims), token));
        InMemoryUserDetailsManager users = running.getBean(InMemoryUserDetailsManager.class);
        if (!users.userExists(username)) {
            users.createUser(User.withUsername(username)
                    .password("{noop}" + PASSWORD)
                    .roles("USER")
                    .build());
        }
    }

    /**
     * Lets the provider send browsers back to the app at this address (such as
     * {@code http://localhost:53124}), after a sign-in and after a logout; an address of the
     * loopback IP {@code 127.0.0.1} needs no such call.
     */
    public static void allowApp(String base) {
        start();
        RegisteredClientRepository clients = running.getBean(RegisteredClientRepository.class);
        RegisteredClient client = clients.findByClientId(CLIENT_ID);
        clients.save(RegisteredClient.from(client)
                .redirectUris(uris -> uris.add(base + "/login/oauth2/code/test-idp"))
                .postLogoutRedirectUris(uris -> uris.add(base + "/"))
                .build());
    }

    /** Deliberately no {@code @Configuration}: the app's component scan must not find the provider. */
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class,
        JacksonAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    @EnableWebSecurity
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .oauth2ResourceServer(tokens -> tokens.jwt(Customizer.withDefaults()))
                    .exceptionHandling(refusals -> refusals.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain loginPage(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        RegisteredClientRepository clients() {
            return new InMemoryRegisteredClientRepository(
                    RegisteredClient.withId(UUID.randomUUID().toString())
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                            // a loopback address: the provider accepts it on any port (RFC 8252, 7.3)
                            .redirectUri("http://127.0.0.1/login/oauth2/code/test-idp")
                            .postLogoutRedirectUri("http://127.0.0.1/")
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.PROFILE)
                            .scope(OidcScopes.EMAIL)
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    .build())
                            .build());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claimsOfThePerson() {
            return context -> {
                if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    return;
                }
                Person person = people.get(context.getPrincipal().getName());
                if (person == null) {
                    return;
                }
                context.getClaims().claims(claims -> claims.putAll(person.claims()));
                switch (person.token()) {
                    case EXPIRED ->
                        context.getClaims()
                                .issuedAt(Instant.now().minusSeconds(7200))
                                .expiresAt(Instant.now().minusSeconds(3600));
                    case WRONG_ISSUER -> context.getClaims().issuer("http://idp.elsewhere.example");
                    case VALID -> {}
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(List.of(key)));
        }

        @Bean
        JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().issuer(ISSUER).build();
        }
    }
}
