package de.kokreation.notification;

/** The kinds of news a person can hear of, each with its own delivery setting. */
public enum NotificationKind {
    /** Somebody replied to my comment. */
    COMMENT_REPLY,
    /** Somebody commented on my proposal. */
    PROPOSAL_COMMENT,
    /** My proposal got a status or a reasoned response (arrives with moderation and condensing). */
    PROPOSAL_RESPONSE,
    /** A consultation I took part in entered a new phase. */
    NEW_PHASE,
    /** A commitment my proposal went into, or that I follow, changed its level of implementation. */
    COMMITMENT_PROGRESS,
    /** A reporting round of a plan I report for ends soon. */
    REPORTING_REMINDER;

    public String messageKey() {
        return "notification.kind." + name();
    }
}
