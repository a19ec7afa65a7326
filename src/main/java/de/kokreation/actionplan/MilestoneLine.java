package de.kokreation.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A milestone of a plan's commitment with its level; {@code overdue}: past its end and not closed. */
public record MilestoneLine(
        long id,
        int number,
        String deliverable,
        LocalDate start,
        LocalDate end,
        CompletionLevel level,
        @Nullable Instant reportedAt,
        boolean overdue) {}
