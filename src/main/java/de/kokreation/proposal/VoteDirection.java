package de.kokreation.proposal;

/** A vote is for (dafür) or against (dagegen) a proposal. */
public enum VoteDirection {
    FOR,
    AGAINST
}
