package de.kokreation.proposal;

import org.jspecify.annotations.Nullable;

/** The counts of a proposal after a vote, and the voter's own vote (null when withdrawn). */
public record VoteTally(
        int votesFor, int votesAgainst, @Nullable VoteDirection myVote) {}
