package de.kokreation.account;

import java.time.Instant;

/** What an authenticator app on a phone shows, for tests outside this package (the browser tests). */
public final class AuthenticatorApp {

    private AuthenticatorApp() {}

    /** The code of the secret for the current 30-second step, plus {@code stepsAhead}. */
    public static String code(String secret, int stepsAhead) {
        return Totp.code(secret.replace(" ", ""), Totp.stepAt(Instant.now()) + stepsAhead);
    }
}
