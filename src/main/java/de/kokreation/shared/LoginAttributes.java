package de.kokreation.shared;

/** Session attributes the login machinery leaves for the login page. */
public final class LoginAttributes {

    /** Seconds a throttled login must wait (a {@code Long}). */
    public static final String WAIT_SECONDS = "kokreation.login.waitSeconds";

    private LoginAttributes() {
    }
}
