package de.kokreation.meeting;

/** The limits of a meeting's fields: the entities check them, the forms set them on their fields. */
public final class MeetingLimits {

    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 150;
    public static final int PLACE_MAX = 300;
    public static final int ACCESSIBILITY_MAX = 1000;
    public static final int ONLINE_LINK_MAX = 500;
    public static final int AGENDA_MAX = 20000;
    public static final int NEEDS_MAX = 1000;
    public static final int CAPACITY_MAX = 100_000;
    /** A meeting lasts at most this many days (a two-day workshop is common, a month is a typo). */
    public static final int DURATION_DAYS_MAX = 7;

    private MeetingLimits() {}
}
