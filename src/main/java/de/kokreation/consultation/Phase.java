package de.kokreation.consultation;

/** The phases of a consultation, in the order they run. */
public enum Phase {
    ANNOUNCEMENT,
    PROPOSAL_COLLECTION,
    CONDENSING,
    DRAFT_COMMENTING,
    CLOSED;

    public boolean allowsNewProposals() {
        return this == PROPOSAL_COLLECTION;
    }

    public boolean allowsProposalEdits() {
        return this == PROPOSAL_COLLECTION;
    }

    public boolean allowsProposalComments() {
        return this == PROPOSAL_COLLECTION;
    }

    public boolean allowsProposalVotes() {
        return this == PROPOSAL_COLLECTION;
    }

    /** Key of the phase's name in the UI bundles. */
    public String messageKey() {
        return "phase." + name();
    }
}
