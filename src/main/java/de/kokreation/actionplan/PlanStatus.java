package de.kokreation.actionplan;

/** A plan is assembled in private and then published; a published plan's commitments are fixed. */
public enum PlanStatus {
    IN_PREPARATION,
    PUBLISHED;

    public String messageKey() {
        return "plan.status." + name();
    }
}
