package de.kokreation.drafting;

import de.kokreation.shared.DomainException;

/**
 * Someone else saved the draft since the editor opened it. The save is refused; the editor shows
 * the other version and keeps what was typed.
 */
public class DraftEditConflict extends DomainException {

    private final int currentVersion;

    DraftEditConflict(int currentVersion) {
        super("draft.error.conflict", currentVersion);
        this.currentVersion = currentVersion;
    }

    /** The version saved in between, to show next to one's own text. */
    public int currentVersion() {
        return currentVersion;
    }
}
