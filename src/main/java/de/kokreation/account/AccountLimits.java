package de.kokreation.account;

/** Limits shared by entity validation and UI fields. */
public final class AccountLimits {

    public static final int DISPLAY_NAME_MAX = 80;
    public static final int EMAIL_MAX = 254;
    public static final int BLOCK_REASON_MAX = 500;

    private AccountLimits() {}
}
