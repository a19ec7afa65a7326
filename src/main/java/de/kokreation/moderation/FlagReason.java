package de.kokreation.moderation;

/** Why a participant flags a proposal or comment. */
public enum FlagReason {
    SPAM,
    OFFENSIVE,
    OFF_TOPIC,
    DUPLICATE,
    OTHER;

    public String messageKey() {
        return "flag.reason." + name();
    }
}
