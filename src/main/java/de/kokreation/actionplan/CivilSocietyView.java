package de.kokreation.actionplan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The civil society's view of a round: per commitment (by number) the participants' assessments,
 * and the coordinators' summary.
 *
 * @param summary Markdown; null until the coordinators published one
 */
public record CivilSocietyView(
        Map<Integer, List<Assessment>> assessments,
        @Nullable String summary,
        @Nullable Instant summaryPublishedAt) {

    /** @param reason null when hidden (then {@code hiddenReason} says why) */
    public record Assessment(
            long id,
            String authorName,
            boolean agrees,
            @Nullable String reason,
            @Nullable String hiddenReason,
            Instant assessedAt,
            boolean mine) {}

    public long agreeing(int commitmentNumber) {
        return assessments.getOrDefault(commitmentNumber, List.of()).stream()
                .filter(assessment -> assessment.hiddenReason() == null && assessment.agrees())
                .count();
    }

    public long disagreeing(int commitmentNumber) {
        return assessments.getOrDefault(commitmentNumber, List.of()).stream()
                .filter(assessment -> assessment.hiddenReason() == null && !assessment.agrees())
                .count();
    }
}
