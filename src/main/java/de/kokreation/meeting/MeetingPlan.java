package de.kokreation.meeting;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an organiser says about a meeting: kind, title, time, place (with what it offers for
 * accessibility) or an online link, the agenda in Markdown, the theme groups it concerns and how
 * many seats it has ({@code null}: no limit).
 */
public record MeetingPlan(
        MeetingKind kind,
        String title,
        Instant startsAt,
        Instant endsAt,
        String place,
        String accessibility,
        String onlineLink,
        String agenda,
        @Nullable Integer capacity,
        Set<Long> themeGroupIds) {

    public MeetingPlan {
        themeGroupIds = Set.copyOf(themeGroupIds);
    }
}
