package de.kokreation.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A plan as lists show it. */
public record PlanSummary(
        long id,
        String slug,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        String adoptingBody,
        PlanStatus status,
        @Nullable Instant publishedAt,
        int commitments) {

    public boolean isPublished() {
        return status == PlanStatus.PUBLISHED;
    }
}
