package de.kokreation.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed logins: the next attempt must wait. */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException(Duration wait) {
        super("login paused for " + wait.toSeconds() + " s");
    }
}
