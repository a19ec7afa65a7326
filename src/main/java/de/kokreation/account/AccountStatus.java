package de.kokreation.account;

/** The life of an account: registered, confirmed by mail, possibly blocked, possibly deleted. */
public enum AccountStatus {
    /** Registered, waiting for the confirmation link; cannot take part yet. */
    PENDING,
    ACTIVE,
    /** Blocked by an admin or coordinator, with a reason; cannot log in. */
    BLOCKED,
    /** Deleted by its owner: no personal data left, contributions shown as "Gelöschtes Konto". */
    DELETED
}
