package de.kokreation.proposal;

/** Published when a citizen has submitted a proposal. */
public record ProposalSubmitted(long proposalId, long themeGroupId, long authorId) {}
