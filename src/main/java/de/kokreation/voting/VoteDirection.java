package de.kokreation.voting;

/** A vote is for (dafür) or against (dagegen) a proposal or a draft commitment. */
public enum VoteDirection {
    FOR,
    AGAINST
}
