package de.kokreation.actionplan;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.RichText;
import java.time.LocalDate;

/**
 * What a responsible person reports on a milestone: its level, the date the report speaks of, a
 * progress note (Markdown) and evidence links, one per line.
 */
public record ProgressReport(CompletionLevel level, LocalDate asOf, String note, String evidenceLinks) {

    ProgressReport validated(LocalDate today) {
        if (asOf.isAfter(today)) {
            throw new DomainException("plan.error.futureDate");
        }
        String cleanNote = note.strip();
        if (cleanNote.length() > ActionPlanLimits.NOTE_MAX) {
            throw new DomainException("plan.error.noteTooLong", ActionPlanLimits.NOTE_MAX);
        }
        if (!RichText.isRenderable(cleanNote)) {
            throw new DomainException("richtext.error.tooDeep", RichText.MAX_NESTING);
        }
        return new ProgressReport(level, asOf, cleanNote, EvidenceLinks.join(EvidenceLinks.parse(evidenceLinks)));
    }
}
