package de.kokreation.consultation;

import java.util.List;

/** A consultation as lists and pages show it, with the phase that runs today. */
public record ConsultationSummary(long id, String slug, String title, String region, String descriptionHtml,
        String descriptionSource, Phase currentPhase, List<Timeline.PhaseSpan> timeline,
        java.util.Set<Long> coordinatorAccountIds) {

    public java.time.LocalDate startOf(Phase phase) {
        return timeline.get(phase.ordinal()).start();
    }
}
