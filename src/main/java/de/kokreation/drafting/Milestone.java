package de.kokreation.drafting;

import de.kokreation.shared.DomainException;
import java.time.LocalDate;

/** A verifiable deliverable of a commitment, with the dates it is worked on. */
public record Milestone(String deliverable, LocalDate start, LocalDate end) {

    Milestone validated(int number) {
        String text = deliverable.strip();
        if (text.isEmpty() || text.length() > DraftLimits.DELIVERABLE_MAX) {
            throw new DomainException("draft.error.milestoneDeliverable", number, DraftLimits.DELIVERABLE_MAX);
        }
        if (end.isBefore(start)) {
            throw new DomainException("draft.error.milestoneDates", number);
        }
        return new Milestone(text, start, end);
    }
}
