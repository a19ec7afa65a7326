package de.kokreation.proposal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as a list shows it: figures, and what became of it (the outcome of its reasoned
 * response, {@code null} while unanswered, and the public draft commitments it went into).
 */
public record ProposalSummary(
        long id,
        String title,
        String authorName,
        Instant createdAt,
        int votesFor,
        int votesAgainst,
        int commentCount,
        @Nullable ResponseOutcome outcome,
        List<CommitmentRef> commitments) {

    /** As the list query reads it; the author's name, outcome and commitments are added per page. */
    record Row(
            long id, String title, long authorId, Instant createdAt, int votesFor, int votesAgainst, int commentCount) {

        ProposalSummary with(String authorName, @Nullable ResponseOutcome outcome, List<CommitmentRef> commitments) {
            return new ProposalSummary(
                    id,
                    title,
                    authorName,
                    createdAt,
                    votesFor,
                    votesAgainst,
                    commentCount,
                    outcome,
                    List.copyOf(commitments));
        }
    }
}
