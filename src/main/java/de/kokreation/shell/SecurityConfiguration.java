package de.kokreation.shell;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.SignInProviders;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Web security: Vaadin's view access control, the login view, the Actuator on its own port, and
 * the read-only open-data interface. Services check roles and
 * objects themselves (method security).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No Micrometer observation around every security filter and authorization decision: it cost
     * about 3 % of a node's CPU under load (JFR, benchmark/results/2026-12-04-capacity.md) and
     * answers nothing operators ask; requests are counted per view and timed by the server.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The Actuator. On its own port (the default, {@code management.server.port}) it serves the
     * load balancer's health checks and Prometheus, which do not log in: that port is not public
     * (docs/operations.md). Should an operator put it on the application's port, only the health
     * status is public there and everything else needs an admin.
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementFilterChain(HttpSecurity http, Environment environment) throws Exception {
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> {
                    if (ownPort) {
                        requests.anyRequest().permitAll();
                    } else {
                        requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                                .permitAll()
                                .anyRequest()
                                .hasRole("ADMIN");
                    }
                })
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(
                        refusals -> refusals.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)));
        return http.build();
    }

    /**
     * The open data under {@code /api/v1} and what crawlers and browsers fetch besides pages
     * (robots.txt, the sitemaps, the web app manifest, the icons): GET (and HEAD) for everyone,
     * every other method refused. Stateless, before the Vaadin chain: no session, no login
     * redirect, no saved request; the CSRF check stays on, as nothing here changes anything.
     */
    @Bean
    @Order(1)
    SecurityFilterChain openDataFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(
                "/api/v1/**",
                RobotsAndManifest.ROBOTS,
                RobotsAndManifest.MANIFEST,
                "/sitemap.xml",
                "/sitemaps/**",
                "/icons/**",
                "/favicon.ico");
        return statelessAllowing(http, HttpMethod.GET, HttpMethod.HEAD).build();
    }

    /**
     * The one-click unsubscribe links of mails (RFC 8058): the mail program POSTs without a
     * session, a cookie or a CSRF token; the signed token in the address is the authority.
     */
    @Bean
    @Order(2)
    SecurityFilterChain unsubscribeFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(Permalinks.UNSUBSCRIBE + "/**").csrf(csrf -> csrf.disable());
        return statelessAllowing(http, HttpMethod.GET, HttpMethod.POST).build();
    }

    /** A chain for everyone that allows these methods only, keeps no session and refuses with a plain 403. */
    private static HttpSecurity statelessAllowing(HttpSecurity http, HttpMethod... methods) throws Exception {
        return http.authorizeHttpRequests(requests -> {
                    for (HttpMethod method : methods) {
                        requests.requestMatchers(method).permitAll();
                    }
                    requests.anyRequest().denyAll();
                })
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // A plain 403 status: an error dispatch would reach the Vaadin chain and its login redirect.
                .exceptionHandling(
                        refusals -> refusals.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN))
                                .accessDeniedHandler((request, response, denied) ->
                                        response.setStatus(HttpStatus.FORBIDDEN.value())));
    }

    /** Idle timeout without user actions and an absolute lifetime, before Spring Security reads the session. */
    @Bean
    FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(
            @Value("${server.servlet.session.timeout:30m}") String idleTimeout,
            @Value("${kokreation.session.max-lifetime:12h}") String maxLifetime,
            Clock clock) {
        // A bare number means seconds here, as it does for Spring Boot's own session timeout.
        FilterRegistrationBean<SessionLifetimeFilter> registration =
                new FilterRegistrationBean<>(new SessionLifetimeFilter(
                        DurationStyle.detectAndParse(idleTimeout, ChronoUnit.SECONDS),
                        DurationStyle.detectAndParse(maxLifetime, ChronoUnit.SECONDS),
                        clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /**
     * The browser policies go out with every response, before anything else may answer: static
     * files, the open data, refusals of Spring Security, error pages.
     */
    @Bean
    FilterRegistrationBean<BrowserPolicies> browserPolicies() {
        FilterRegistrationBean<BrowserPolicies> registration = new FilterRegistrationBean<>(new BrowserPolicies());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SessionRegistry sessionRegistry,
            RequestUtil vaadinRequests,
            MessageSource messages,
            SignInProviders singleSignOn,
            ClientRegistrationRepository providers,
            OAuth2UserService<OidcUserRequest, OidcUser> providerSignIn)
            throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**", "/images/**", "/scripts/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, BrowserPolicies.REPORT_PATH)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, SecurityTxt.PATH, "/security.txt")
                        .permitAll()
                        .requestMatchers(new UnknownPages())
                        .permitAll());
        // Vaadin's own requests carry its own CSRF protection (a key per UI); every other POST,
        // the login form's too (against login CSRF), needs Spring's token, which Vaadin's page
        // hands to the login form. Browsers send CSP reports without one.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                vaadinRequests::isFrameworkInternalRequest,
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, BrowserPolicies.REPORT_PATH)));
        http.addFilterBefore(new SameOriginLogin(messages), CsrfFilter.class);
        http.exceptionHandling(
                refusals -> refusals.defaultAccessDeniedHandlerFor(new StaleLoginForm(), SameOriginLogin.LOGIN_POST));
        // Every session is registered, so that blocking or deleting an account can end its sessions.
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new EndedSessionResponse()));
        if (singleSignOn.enabled()) {
            signInThroughProviders(http, providerSignIn);
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false);
            if (singleSignOn.enabled()) {
                vaadin.logoutSuccessHandler(logoutAtTheProviderToo(providers));
            }
        });
        return http.build();
    }

    /**
     * Besides the password form, the OpenID Connect login (authorization code flow; state, nonce
     * and the ID token checked by Spring Security): it starts from the login page's links and ends
     * there with a message when it fails. The provider's tokens stay in the
     * session, never in a per-node map.
     */
    private static void signInThroughProviders(
            HttpSecurity http, OAuth2UserService<OidcUserRequest, OidcUser> providerSignIn) throws Exception {
        http.oauth2Login(login -> login.loginPage("/" + Permalinks.LOGIN)
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(providerSignIn))
                .failureHandler(ProviderSignInFailure.onReturn())
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O start) {
                        start.setAuthenticationFailureHandler(ProviderSignInFailure.onStart());
                        return start;
                    }
                }));
    }

    /**
     * Logout ends the local session and, for a sign-in through a provider that offers it, the
     * provider's session too (OpenID Connect RP-initiated logout), which then sends the browser
     * back to the start page. A password login just goes to the start page.
     */
    private static OidcClientInitiatedLogoutSuccessHandler logoutAtTheProviderToo(
            ClientRegistrationRepository providers) {
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(providers);
        logout.setRedirectStrategy(new UidlRedirectStrategy());
        logout.setPostLogoutRedirectUri("{baseUrl}/");
        logout.setDefaultTargetUrl("/");
        return logout;
    }
}
