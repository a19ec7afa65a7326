package de.kokreation.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report of a commitment's history.
 *
 * @param milestoneNumber the milestone it speaks of; null for the commitment's own level
 * @param level the level reported; null when an explicit commitment level was given up
 * @param note Markdown: the progress note, or the reason for a commitment level
 */
public record ReportLine(
        long id,
        @Nullable Integer milestoneNumber,
        String authorName,
        Instant reportedAt,
        LocalDate asOf,
        @Nullable CompletionLevel level,
        CompletionLevel previousLevel,
        String note,
        List<String> evidenceLinks) {}
