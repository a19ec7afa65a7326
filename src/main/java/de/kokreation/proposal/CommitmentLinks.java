package de.kokreation.proposal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The draft commitments a proposal went into. Implemented by the drafting module, which owns the
 * drafts, so that this module does not depend on it.
 */
public interface CommitmentLinks {

    /** The drafts the proposal went into: all of them for its moderators, the public ones for others. */
    List<CommitmentRef> commitmentsOf(long proposalId, boolean includeUnpublished);

    /**
     * For a page of proposals, in one query: the drafts each went into that the public sees
     * (published or final, from the draft-commenting phase on).
     */
    Map<Long, List<CommitmentRef>> publicCommitmentsOf(Collection<Long> proposalIds);

    /** The drafts of the proposal's consultation the current user may link it to. */
    List<CommitmentRef> linkableCommitments(long proposalId);

    /** Makes the proposal feed exactly these drafts; checked for each draft on the server. */
    void replaceLinks(long proposalId, Collection<Long> draftIds);
}
