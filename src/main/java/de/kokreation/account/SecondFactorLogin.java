package de.kokreation.account;

import de.kokreation.shared.LoginAttributes;
import de.kokreation.shared.Permalinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The second step of a password login with a second factor: {@code POST /anmelden/code} (CSRF
 * token required) with the code of the authenticator app or a recovery code. Only then is the
 * person logged in, with the same session handling as the password form (new session id, the
 * session registered, the page asked for before); Vaadin never sees a half-logged-in session.
 * Every code counts for the login throttle like a password (in the database, so parallel guesses
 * are counted too); five wrong codes, or five minutes, and the password is asked again.
 */
@Component
class SecondFactorLogin implements Customizer<HttpSecurity> {

    /** The page of the code, and the address its form posts to. */
    static final String PATH = "/" + Permalinks.LOGIN + "/code";

    private final SecondFactors secondFactors;
    private final UserAccountRepository accounts;
    private final LoginThrottle throttle;
    private final LoginHistory history;
    private final LoginDevices devices;
    private final Clock clock;

    SecondFactorLogin(
            SecondFactors secondFactors,
            UserAccountRepository accounts,
            LoginThrottle throttle,
            LoginHistory history,
            LoginDevices devices,
            Clock clock) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.throttle = throttle;
        this.history = history;
        this.devices = devices;
        this.clock = clock;
    }

    /** Applied by Spring Security to every filter chain; only the one that holds sessions gets the step. */
    @Override
    public void customize(HttpSecurity http) {
        http.with(new Step(), step -> {});
    }

    private final class Step extends AbstractHttpConfigurer<Step, HttpSecurity> {

        @Override
        public void configure(HttpSecurity http) {
            SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
            RequestCache requests = http.getSharedObject(RequestCache.class);
            if (sessions == null || requests == null) {
                return; // a stateless chain (Actuator, open data)
            }
            CodeFilter filter = new CodeFilter();
            filter.setSessionAuthenticationStrategy(sessions);
            SecurityContextRepository contexts = http.getSharedObject(SecurityContextRepository.class);
            if (contexts != null) {
                filter.setSecurityContextRepository(contexts);
            }
            SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
            success.setRequestCache(requests);
            filter.setAuthenticationSuccessHandler(success);
            filter.setAuthenticationFailureHandler(SecondFactorLogin::onWrongCode);
            http.addFilterAfter(postProcess(filter), UsernamePasswordAuthenticationFilter.class);
        }
    }

    private final class CodeFilter extends AbstractAuthenticationProcessingFilter {

        CodeFilter() {
            super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PATH));
            // the step decides itself; a manager is only asked for by the base class
            setAuthenticationManager(authentication -> authentication);
        }

        @Override
        public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response) {
            HttpSession session = request.getSession(false);
            Instant now = clock.instant();
            if (session == null
                    || !(session.getAttribute(LoginAttributes.SECOND_FACTOR_PENDING)
                            instanceof PendingSecondFactor pending)
                    || pending.expiredAt(now)) {
                if (session != null) {
                    session.removeAttribute(LoginAttributes.SECOND_FACTOR_PENDING);
                }
                throw new CodeRefused(true);
            }
            String client = ClientAddress.of(request);
            // Every code is an attempt of the login throttle, counted in the database before it is
            // checked: codes sent in parallel, to this node or another, are all counted.
            Duration wait = throttle.begin(pending.email(), client, pending.device());
            if (!wait.isZero()) {
                session.removeAttribute(LoginAttributes.SECOND_FACTOR_PENDING);
                session.setAttribute(LoginAttributes.WAIT_SECONDS, Math.max(1, wait.toSeconds()));
                throw new CodeRefused(true);
            }
            String code = request.getParameter("code");
            if (code != null
                    && code.length() <= SecondFactors.CODE_MAX
                    && secondFactors.verifyAtLogin(pending.accountId(), code)) {
                session.removeAttribute(LoginAttributes.SECOND_FACTOR_PENDING);
                // read again by id: blocked, deleted or given a new password meanwhile, it stays out
                UserAccount account = accounts.findById(pending.accountId())
                        .filter(UserAccount::isEnabled)
                        .filter(found -> found.sessionStamp() == pending.sessionStamp())
                        .orElseThrow(() -> new CodeRefused(true));
                // both attempts of this login (password and code) were counted; the success takes both back
                throttle.recordSuccess(pending.email(), client, pending.device());
                throttle.recordSuccess(pending.email(), client, pending.device());
                if (pending.device() == null) {
                    devices.trustCurrentBrowser(pending.email());
                }
                history.record(pending.email(), true, client);
                AccountPrincipal principal = new AccountPrincipal(account);
                principal.eraseCredentials();
                return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
            }
            history.record(pending.email(), false, client);
            PendingSecondFactor next = pending.withWrongCode();
            if (next.wrongCodes() >= PendingSecondFactor.MAX_WRONG_CODES) {
                session.removeAttribute(LoginAttributes.SECOND_FACTOR_PENDING);
                throw new CodeRefused(true);
            }
            session.setAttribute(LoginAttributes.SECOND_FACTOR_PENDING, next);
            throw new CodeRefused(false);
        }
    }

    private static void onWrongCode(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        boolean again = refused instanceof CodeRefused codeRefused && codeRefused.startAgain;
        response.sendRedirect(
                request.getContextPath() + (again ? "/" + Permalinks.LOGIN + "?error&code" : PATH + "?error"));
    }

    /** A wrong code; with {@code startAgain}, the password is to be typed again. */
    private static final class CodeRefused extends AuthenticationException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final boolean startAgain;

        CodeRefused(boolean startAgain) {
            super(startAgain ? "second factor: start again" : "second factor: wrong code");
            this.startAgain = startAgain;
        }
    }
}
