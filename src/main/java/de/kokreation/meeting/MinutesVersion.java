package de.kokreation.meeting;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One version of a meeting's minutes as published: every version stays readable. */
public record MinutesVersion(
        int version,
        String minutesHtml,
        String minutesSource,
        String decisionsHtml,
        String decisionsSource,
        @Nullable Integer attendance,
        List<String> organisations,
        String writtenBy,
        Instant writtenAt) {}
