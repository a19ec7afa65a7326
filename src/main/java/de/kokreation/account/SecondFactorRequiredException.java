package de.kokreation.account;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/** The password was right; the login goes on with the code of the second factor (not a failure to show). */
class SecondFactorRequiredException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    SecondFactorRequiredException() {
        super("second factor required");
    }
}
