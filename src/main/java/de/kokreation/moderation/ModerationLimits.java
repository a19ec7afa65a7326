package de.kokreation.moderation;

import de.kokreation.shared.DomainException;

/** Limits of moderation texts, shared by entities and the moderation UI. */
public final class ModerationLimits {

    public static final int REASON_MAX = 500;

    private ModerationLimits() {}

    /** The reason, stripped: a public reason for a moderation is required and at most {@link #REASON_MAX} long. */
    public static String requireReason(String reason) {
        String stripped = reason.strip();
        if (stripped.isEmpty()) {
            throw new DomainException("moderation.error.reasonRequired");
        }
        if (stripped.length() > REASON_MAX) {
            throw new DomainException("moderation.error.reasonTooLong", REASON_MAX);
        }
        return stripped;
    }
}
