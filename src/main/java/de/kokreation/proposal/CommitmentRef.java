package de.kokreation.proposal;

/** A draft commitment as a proposal's response names it. */
public record CommitmentRef(long id, String title, String themeGroupName) {}
