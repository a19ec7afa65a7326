package de.kokreation.proposal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as a list shows it: figures, and what became of it (the outcome of its reasoned
 * response, {@code null} while unanswered, and the public draft commitments it went into);
 * {@code source} is the meeting it was written at, shown instead of the author.
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
        List<CommitmentRef> commitments,
        @Nullable ProposalSource source) {

    /** As the list query reads it; the author's name, outcome, commitments and source are added per page. */
    record Row(
            long id,
            String title,
            long authorId,
            Instant createdAt,
            int votesFor,
            int votesAgainst,
            int commentCount,
            @Nullable Long sourceMeetingId) {

        ProposalSummary with(
                String authorName,
                @Nullable ResponseOutcome outcome,
                List<CommitmentRef> commitments,
                @Nullable ProposalSource source) {
            return new ProposalSummary(
                    id,
                    title,
                    authorName,
                    createdAt,
                    votesFor,
                    votesAgainst,
                    commentCount,
                    outcome,
                    List.copyOf(commitments),
                    source);
        }
    }
}
