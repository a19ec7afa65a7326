package de.kokreation.drafting.reads;

/**
 * Which drafts the public sees, as an SQL condition: published, final, or withdrawn after it was
 * published. The entity says the same in Java ({@code DraftCommitment.isPublic});
 * {@code DraftVisibilityTest} ties the two spellings together for every status.
 */
public final class DraftVisibility {

    private DraftVisibility() {}

    /** The draft under {@code alias} is public. */
    public static String publicDraft(String alias) {
        return "(" + alias + ".status in ('PUBLISHED', 'FINAL') or (" + alias + ".status = 'WITHDRAWN' and " + alias
                + ".published_at is not null))";
    }

    /** The draft under {@code alias} was not withdrawn: it still counts in the report. */
    public static String notWithdrawn(String alias) {
        return alias + ".status <> 'WITHDRAWN'";
    }
}
