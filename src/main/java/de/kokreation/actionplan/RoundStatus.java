package de.kokreation.actionplan;

/** A reporting round is open until its deadline; then its state is frozen for good. */
public enum RoundStatus {
    OPEN,
    FROZEN;

    public String messageKey() {
        return "plan.round.status." + name();
    }
}
