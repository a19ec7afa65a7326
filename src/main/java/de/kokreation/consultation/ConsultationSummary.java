package de.kokreation.consultation;

import java.util.List;

/** A consultation as lists and pages show it, with the phase that runs today. */
public record ConsultationSummary(long id, String slug, String title, String region, String descriptionHtml,
        Phase currentPhase, List<Timeline.PhaseSpan> timeline) {
}
