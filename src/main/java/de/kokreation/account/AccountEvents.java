package de.kokreation.account;

/**
 * What the account module tells others. Mails are sent by listeners of these events through the
 * event publication registry, never inside the user's request.
 */
public final class AccountEvents {

    private AccountEvents() {}

    /*
     * Events that ask for a mail with a link carry no token: the listener mints the link with
     * AccountService.mintForMail when it sends, so no usable secret waits in the event registry.
     */

    /** A registration waits for its confirmation link. */
    public record ConfirmationRequested(long accountId) {}

    /** Somebody registered with the address of an existing account (the owner is told, nobody else). */
    public record RegistrationForExistingAccount(long accountId) {}

    /** A password reset was asked for an active account. */
    public record PasswordResetRequested(long accountId) {}

    /** A new email address waits for confirmation; the mail goes to the new address. */
    public record EmailChangeRequested(long accountId) {}

    /** The kinds of link a mail can carry. */
    public enum LinkKind {
        CONFIRM_REGISTRATION,
        RESET_PASSWORD,
        CONFIRM_EMAIL_CHANGE
    }

    /** The account was confirmed and may now take part. */
    public record AccountActivated(long accountId) {}

    /**
     * The account was deleted. Published inside the deleting transaction: listeners that hold
     * references to the person (votes, for example) remove them in the same transaction.
     */
    public record AccountDeleted(long accountId) {}
}
