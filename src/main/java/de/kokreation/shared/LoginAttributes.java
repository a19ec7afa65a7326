package de.kokreation.shared;

/** Session attributes the login machinery leaves for the login page. */
public final class LoginAttributes {

    /** Seconds a throttled login must wait (a {@code Long}). */
    public static final String WAIT_SECONDS = "kokreation.login.waitSeconds";

    /** The e-mail address of the last failed attempt, so the form keeps it (a {@code String}). */
    public static final String LAST_EMAIL = "kokreation.login.lastEmail";

    private LoginAttributes() {}
}
