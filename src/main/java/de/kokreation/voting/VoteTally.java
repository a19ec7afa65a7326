package de.kokreation.voting;

import org.jspecify.annotations.Nullable;

/** The counts of what was voted on, after a vote, and the voter's own vote (null when there is none). */
public record VoteTally(
        int votesFor, int votesAgainst, @Nullable VoteDirection myVote) {}
