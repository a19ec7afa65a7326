package de.kokreation.actionplan;

import java.util.List;

/**
 * What an import of the milestone sheet did: the reports it wrote, or, when any row was refused,
 * the refusals row by row and nothing written.
 */
public record MilestoneImport(int reports, List<RowError> errors) {

    /** A refused row: its line in the file (the header is line 1) and why, as a message key with arguments. */
    public record RowError(int line, String messageKey, List<Object> arguments) {}

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
