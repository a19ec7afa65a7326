package de.kokreation.proposal;

import org.jspecify.annotations.Nullable;

/**
 * A proposal's figures and response state, for condensing and for the drafts it went into. A
 * hidden proposal's title is not included.
 */
public record ProposalStanding(
        long id,
        long themeGroupId,
        @Nullable String title,
        int votesFor,
        int votesAgainst,
        int commentCount,
        @Nullable ResponseOutcome outcome,
        boolean hidden,
        String excerpt) {}
