package de.kokreation.proposal;

/** A proposal got (or changed) its reasoned response; its author is told. */
public record ProposalResponded(long proposalId, long authorId, ResponseOutcome outcome) {}
