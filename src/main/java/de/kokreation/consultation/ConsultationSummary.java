package de.kokreation.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A consultation as lists and pages show it, with the phase that runs today. */
public record ConsultationSummary(
        long id,
        String slug,
        String title,
        String region,
        String descriptionHtml,
        String descriptionSource,
        Phase currentPhase,
        List<Timeline.PhaseSpan> timeline,
        Set<Long> coordinatorAccountIds) {

    public LocalDate startOf(Phase phase) {
        return timeline.get(phase.ordinal()).start();
    }
}
