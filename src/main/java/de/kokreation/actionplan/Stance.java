package de.kokreation.actionplan;

/** Whether a participant agrees with the level a report states; a comment may also take no side. */
public enum Stance {
    AGREES,
    DISAGREES;

    public String messageKey() {
        return "plan.reportComment.stance." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
