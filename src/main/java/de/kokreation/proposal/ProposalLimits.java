package de.kokreation.proposal;

/** Limits shared by entity validation, Bean Validation and UI fields. */
public final class ProposalLimits {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 150;
    public static final int BODY_MIN = 20;
    public static final int BODY_MAX = 10_000;
    /** The rendered text as stored; markup and entities make it longer than its source. */
    public static final int BODY_HTML_MAX = 60_000;

    public static final int COMMENT_MAX = 2_000;
    public static final int SEARCH_MAX = 100;
    public static final int PAGE_SIZE_MAX = 100;

    private ProposalLimits() {}
}
