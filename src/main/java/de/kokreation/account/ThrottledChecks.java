package de.kokreation.account;

import de.kokreation.shared.DomainException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks of a logged-in person's password or code (setting up a second factor, adding a passkey,
 * renewing recovery codes) as attempts of the login throttle: refused while a pause runs, counted
 * unless they succeed. Guessing inside a session is no cheaper than at the login.
 */
@Component
class ThrottledChecks {

    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final UserAccountRepository accounts;

    ThrottledChecks(LoginThrottle throttle, PasswordEncoder passwords, UserAccountRepository accounts) {
        this.throttle = throttle;
        this.passwords = passwords;
        this.accounts = accounts;
    }

    /** Whether the check passed; it ran as an attempt of the login throttle. */
    boolean attempt(AccountPrincipal me, BooleanSupplier check) {
        String client = ClientAddress.current().orElse("unknown");
        Duration wait = throttle.begin(me.getUsername(), client, null);
        if (!wait.isZero()) {
            throw new DomainException("secondFactor.error.wait", Math.max(1, wait.toSeconds()));
        }
        boolean passed = check.getAsBoolean();
        if (passed) {
            throttle.recordSuccess(me.getUsername(), client, null);
        }
        return passed;
    }

    /** The account's password, typed again: the owner at the keyboard, not someone at an unlocked screen. */
    void requirePassword(AccountPrincipal me, String password) {
        String hash =
                accounts.findById(me.accountId()).map(UserAccount::passwordHash).orElse(null);
        if (hash == null || !attempt(me, () -> passwords.matches(password, hash))) {
            throw new DomainException("account.error.wrongPassword");
        }
    }
}
