package de.kokreation.drafting;

/** Where a draft commitment stands: being written, out for comment, final, or withdrawn. */
public enum DraftStatus {
    IN_PREPARATION,
    PUBLISHED,
    FINAL,
    WITHDRAWN;

    public String messageKey() {
        return "draft.status." + name();
    }
}
