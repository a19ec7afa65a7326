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

    /**
     * Cards written at a workshop are typed in by its organisers during the collection and in the
     * condensing that follows it (a workshop on the collection's last day is typed in afterwards).
     */
    public boolean allowsWorkshopInput() {
        return this == PROPOSAL_COLLECTION || this == CONDENSING;
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

    /** Leads write and revise draft commitments from the collection on, until the consultation closes. */
    public boolean allowsDraftEditing() {
        return this == PROPOSAL_COLLECTION || this == CONDENSING || this == DRAFT_COMMENTING;
    }

    /** Published drafts are public from the draft-commenting phase on, and stay so afterwards. */
    public boolean showsDrafts() {
        return this == DRAFT_COMMENTING || this == CLOSED;
    }

    public boolean allowsDraftComments() {
        return this == DRAFT_COMMENTING;
    }

    /** Key of the phase's name in the UI bundles. */
    public String messageKey() {
        return "phase." + name();
    }
}
