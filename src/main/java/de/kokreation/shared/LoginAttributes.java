package de.kokreation.shared;

/** Session attributes the login machinery leaves for the login page. */
public final class LoginAttributes {

    /** Seconds a throttled login must wait (a {@code Long}). */
    public static final String WAIT_SECONDS = "kokreation.login.waitSeconds";

    /** The e-mail address of the last failed attempt, so the form keeps it (a {@code String}). */
    public static final String LAST_EMAIL = "kokreation.login.lastEmail";

    /** Why a sign-in through an identity provider failed: a code of {@code login.sso.error.*} (a {@code String}). */
    public static final String SSO_ERROR = "kokreation.login.ssoError";

    /** Set while an account made through a provider has not accepted the terms yet (a {@code Boolean}). */
    public static final String TERMS_PENDING = "kokreation.login.termsPending";

    /** A password login whose second factor is still to come (the account's pending sign-in). */
    public static final String SECOND_FACTOR_PENDING = "kokreation.login.secondFactorPending";

    /** Set while an account whose roles require a second factor has none (a {@code Boolean}). */
    public static final String SECOND_FACTOR_MISSING = "kokreation.login.secondFactorMissing";

    private LoginAttributes() {}
}
