package de.kokreation.actionplan;

import de.kokreation.shared.DomainException;

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
    /** A comment on a report: a paragraph or two, like a comment on a proposal. */
    public static final int REPORT_COMMENT_MAX = 2_000;
    /** The public reason given when a coordinator hides a comment or an assessment. */
    public static final int HIDE_REASON_MAX = 500;

    private ActionPlanLimits() {}

    /** The reason a statement is hidden with, stripped; refused when empty or too long. */
    static String hideReason(String why) {
        String clean = why.strip();
        if (clean.isEmpty() || clean.length() > HIDE_REASON_MAX) {
            throw new DomainException("plan.error.hideReason", HIDE_REASON_MAX);
        }
        return clean;
    }
}
