package de.kokreation.actionplan;

/** The limits of plans and reports, shared by the services' checks and the forms' fields. */
public final class ActionPlanLimits {

    public static final int SLUG_MAX = 80;
    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 200;
    public static final int INTRODUCTION_MAX = 20_000;
    /** OGP plans hold about 20 commitments; room for large ones, not for accidents. */
    public static final int COMMITMENTS_MAX = 60;

    public static final int NOTE_MAX = 10_000;
    public static final int REASON_MAX = 2_000;
    public static final int EVIDENCE_LINKS_MAX = 10;
    public static final int EVIDENCE_LINK_MAX = 480;

    private ActionPlanLimits() {}
}
