package de.kokreation.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A reporting round as lists name it. */
public record RoundSummary(
        long id,
        String title,
        LocalDate deadline,
        RoundStatus status,
        @Nullable Instant frozenAt) {

    public boolean isFrozen() {
        return status == RoundStatus.FROZEN;
    }
}
