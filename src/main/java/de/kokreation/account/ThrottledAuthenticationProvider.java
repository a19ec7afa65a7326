package de.kokreation.account;

import de.kokreation.shared.LoginAttributes;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password login with throttling and a login history: refuses attempts while a pause runs,
 * counts failures, and records every attempt on a known account.
 */
@Component
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final LoginHistory history;
    private final LoginDevices devices;
    private final SecondFactors secondFactors;
    private final TermsOfParticipation terms;

    ThrottledAuthenticationProvider(
            AccountUserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            LoginHistory history,
            LoginDevices devices,
            SecondFactors secondFactors,
            TermsOfParticipation terms) {
        this.secondFactors = secondFactors;
        this.terms = terms;
        super(users);
        setPasswordEncoder(passwordEncoder);
        setUserDetailsPasswordService(users);
        this.throttle = throttle;
        this.history = history;
        this.devices = devices;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = authentication.getName();
        HttpServletRequest request = ClientAddress.currentRequest();
        String client = ClientAddress.of(request);
        if (email.length() > AccountLimits.EMAIL_MAX) {
            // No account has such a name: refused at once, counted for the address only, and never
            // kept as a key (a name of megabytes would otherwise fill the memory).
            throttle.recordAddressFailure(client);
            throw new BadCredentialsException("no such account");
        }
        if (request != null && request.getSession(false) != null) {
            // a new password attempt begins afresh, whatever code step was left open
            request.getSession().removeAttribute(LoginAttributes.SECOND_FACTOR_PENDING);
        }
        String device = devices.trustedDevice(email);
        Duration wait = throttle.begin(email, client, device);
        if (!wait.isZero()) {
            if (request != null) {
                request.getSession().setAttribute(LoginAttributes.WAIT_SECONDS, Math.max(1, wait.toSeconds()));
            }
            rememberTypedAddress(request, email);
            throw new LoginThrottledException(wait);
        }
        Authentication result;
        try {
            result = super.authenticate(authentication);
        } catch (AuthenticationException failed) {
            // counted already when the attempt began
            rememberTypedAddress(request, email);
            history.record(email, false, client);
            throw failed;
        }
        AccountPrincipal account = (AccountPrincipal) result.getPrincipal();
        if (secondFactors.enabledFor(account.accountId())) {
            if (request == null) {
                // no session to continue in: the second factor cannot be asked, so no login
                throw new SecondFactorRequiredException();
            }
            // The password was right, but the login is not done: the attempt stays counted as a
            // failure until the code (SecondFactorLogin), so wrong codes are throttled like passwords.
            request.getSession()
                    .setAttribute(
                            LoginAttributes.SECOND_FACTOR_PENDING,
                            new PendingSecondFactor(
                                    account.accountId(), account.sessionStamp(), email, device, Instant.now(), 0));
            throw new SecondFactorRequiredException();
        }
        throttle.recordSuccess(email, client, device);
        if (device == null) {
            devices.trustCurrentBrowser(email);
        }
        history.record(email, true, client);
        if (request != null && account.needsTerms(terms.version())) {
            // made through a provider and not accepted yet, or the terms changed since: they come first
            request.getSession().setAttribute(LoginAttributes.TERMS_PENDING, Boolean.TRUE);
        }
        if (request != null && secondFactors.requiredFor(account.roles())) {
            // required, but not set up yet: the person is led to set it up before anything else
            request.getSession().setAttribute(LoginAttributes.SECOND_FACTOR_MISSING, Boolean.TRUE);
        }
        return result;
    }

    /** A refused attempt keeps the typed address for the login form (see LoginView). */
    private static void rememberTypedAddress(@Nullable HttpServletRequest request, String email) {
        if (request != null) {
            request.getSession().setAttribute(LoginAttributes.LAST_EMAIL, email);
        }
    }
}
