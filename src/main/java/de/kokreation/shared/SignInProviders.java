package de.kokreation.shared;

import java.util.List;

/**
 * The identity providers people may sign in through, as the login page and the security setup
 * need them; the account module knows them from the operator's settings.
 */
public interface SignInProviders {

    /** Where a sign-in through a provider starts (Spring Security's authorization request). */
    String START_PATH = "/oauth2/authorization/";

    /** Where the provider sends the browser back to. */
    String RETURN_PATH = "/login/oauth2/code/";

    /** A provider as the login page offers it. */
    record Option(String id, String label) {
        public String startPath() {
            return START_PATH + id;
        }
    }

    List<Option> options();

    default boolean enabled() {
        return !options().isEmpty();
    }
}
