package de.kokreation.drafting;

/** Limits shared by the entities' validation and the editor's fields. */
public final class DraftLimits {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int AGENCY_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    public static final int CONTACT_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int ACTORS_MAX = 2000;
    public static final int MILESTONES_MAX = 30;
    public static final int DELIVERABLE_MAX = 1000;
    public static final int REASON_MAX = 500;
    public static final int COMMENT_MAX = 5000;

    private DraftLimits() {}
}
