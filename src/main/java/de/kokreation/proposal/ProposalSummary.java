package de.kokreation.proposal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as a list shows it: figures, and what became of it (the outcome of its reasoned
 * response, {@code null} while unanswered, and the public draft commitments it went into).
 */
public record ProposalSummary(long id, String title, String authorName, Instant createdAt, int votesFor,
        int votesAgainst, int commentCount, @Nullable ResponseOutcome outcome, List<CommitmentRef> commitments) {

    /** As the list query reads it; outcome and commitments are added per page. */
    public ProposalSummary(long id, String title, String authorName, Instant createdAt, int votesFor,
            int votesAgainst, int commentCount) {
        this(id, title, authorName, createdAt, votesFor, votesAgainst, commentCount, null, List.of());
    }

    ProposalSummary withOutcome(@Nullable ResponseOutcome newOutcome, List<CommitmentRef> newCommitments) {
        return new ProposalSummary(id, title, authorName, createdAt, votesFor, votesAgainst, commentCount,
                newOutcome, List.copyOf(newCommitments));
    }
}
