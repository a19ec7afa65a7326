package de.kokreation.proposal.reads;

/**
 * What the public sees of proposals and comments, as SQL conditions: the one spelling of these
 * rules in SQL, used by every query of the proposal module that leaves hidden content out. The
 * entities say the same in Java ({@code Proposal.isHidden}, {@code ProposalComment.isHidden} and
 * {@code isDeleted}); {@code ProposalVisibilityTest} ties the two spellings together.
 */
public final class ProposalVisibility {

    private ProposalVisibility() {}

    /** The proposal under {@code alias} is visible: not hidden by the moderation. */
    public static String visibleProposal(String alias) {
        return alias + ".hidden_at is null";
    }

    /** The comment under {@code alias} is visible: neither hidden by the moderation nor deleted by its author. */
    public static String visibleComment(String alias) {
        return notHiddenComment(alias) + " and " + notDeletedComment(alias);
    }

    /** The comment under {@code alias} is not hidden by the moderation (its author may have deleted it). */
    public static String notHiddenComment(String alias) {
        return alias + ".hidden_at is null";
    }

    /** The comment under {@code alias} was not deleted by its author (the moderation may have hidden it). */
    public static String notDeletedComment(String alias) {
        return alias + ".deleted_at is null";
    }

    /**
     * The state a comment is published in: {@code deleted}, {@code hidden} or {@code visible}. A
     * deleted or hidden comment keeps its place in the thread without text and author.
     */
    public static String commentState(String alias) {
        return "case when " + alias + ".deleted_at is not null then 'deleted' when " + alias
                + ".hidden_at is not null then 'hidden' else 'visible' end";
    }
}
