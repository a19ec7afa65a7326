package de.kokreation.actionplan;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of a plan in a round, compared with the round before: frozen as the snapshot once the
 * deadline passed, the current state while the round is open.
 *
 * @param previous the latest frozen round before this one, if any
 */
public record RoundDetails(
        PlanSummary plan,
        RoundSummary round,
        @Nullable RoundSummary previous,
        List<Commitment> commitments,
        boolean mayCoordinate) {

    /** @param previousLevel the level in the previous round; null when there was none */
    public record Commitment(
            long id,
            int number,
            String title,
            String leadAgency,
            CompletionLevel level,
            @Nullable CompletionLevel previousLevel,
            List<Milestone> milestones) {

        public boolean changed() {
            return previousLevel != null && previousLevel != level;
        }
    }

    /** @param note the latest report's note (Markdown) at the round's state; null without a report */
    public record Milestone(
            int number,
            String deliverable,
            LocalDate end,
            CompletionLevel level,
            @Nullable CompletionLevel previousLevel,
            boolean overdue,
            @Nullable String note) {

        public boolean changed() {
            return previousLevel != null && previousLevel != level;
        }
    }
}
