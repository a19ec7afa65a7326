package de.kokreation.export;

/**
 * A draft commitment the caller may export.
 *
 * @param status the name of the draft's status ({@code IN_PREPARATION}, {@code PUBLISHED}, {@code FINAL},
 *        {@code WITHDRAWN})
 */
public record ExportableDraft(long id, long themeGroupId, String themeGroupName, String title, String status) {

    public boolean isWithdrawn() {
        return "WITHDRAWN".equals(status);
    }
}
