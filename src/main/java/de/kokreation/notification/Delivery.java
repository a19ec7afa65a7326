package de.kokreation.notification;

/** How a person wants to hear of a kind of news. */
public enum Delivery {
    IMMEDIATELY,
    DAILY_DIGEST,
    OFF;

    public String messageKey() {
        return "notification.delivery." + name();
    }
}
