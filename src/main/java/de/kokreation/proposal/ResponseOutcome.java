package de.kokreation.proposal;

/** What became of a proposal. */
public enum ResponseOutcome {
    ADOPTED,
    PARTLY_ADOPTED,
    NOT_ADOPTED,
    DUPLICATE;

    /** Only an adoption speaks for itself; every other answer needs a reason. */
    public boolean needsReason() {
        return this != ADOPTED;
    }

    public String messageKey() {
        return "response.outcome." + name();
    }
}
