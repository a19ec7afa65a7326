package de.kokreation.meeting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as lists show it: when, where, and how full. It belongs to a consultation, to an
 * action plan, or (both {@code null}) to the forum.
 */
public record MeetingSummary(
        long id,
        MeetingKind kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        @Nullable String place,
        boolean online,
        boolean cancelled,
        @Nullable Integer capacity,
        long seatsTaken,
        long waiting,
        @Nullable String consultationSlug,
        @Nullable String consultationTitle,
        @Nullable String actionPlanSlug,
        @Nullable String actionPlanTitle) {

    /** Seats left, or {@code null} without a limit. */
    public @Nullable Long seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - seatsTaken);
    }
}
