package de.kokreation.proposal;

import java.time.Instant;

/** One row of a proposal list, read in one query with its author's name and its counters. */
public record ProposalSummary(long id, String title, String authorName, Instant createdAt, int votesFor,
        int votesAgainst, int commentCount, boolean hidden) {

    public ProposalSummary(long id, String title, String authorName, Instant createdAt, int votesFor,
            int votesAgainst, int commentCount, @org.jspecify.annotations.Nullable String hiddenReason) {
        this(id, title, authorName, createdAt, votesFor, votesAgainst, commentCount, hiddenReason != null);
    }
}
