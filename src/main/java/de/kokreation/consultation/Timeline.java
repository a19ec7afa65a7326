package de.kokreation.consultation;

import de.kokreation.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * When each phase starts. A phase runs from its start date up to the day before the next phase
 * starts, so phases can neither overlap nor leave gaps; the dates must strictly increase.
 */
@Embeddable
public class Timeline {

    @Column(name = "announcement_start", nullable = false)
    private LocalDate announcementStart;

    @Column(name = "collection_start", nullable = false)
    private LocalDate collectionStart;

    @Column(name = "condensing_start", nullable = false)
    private LocalDate condensingStart;

    @Column(name = "draft_commenting_start", nullable = false)
    private LocalDate draftCommentingStart;

    @Column(name = "closed_start", nullable = false)
    private LocalDate closedStart;

    protected Timeline() {
        this.announcementStart = LocalDate.EPOCH;
        this.collectionStart = LocalDate.EPOCH;
        this.condensingStart = LocalDate.EPOCH;
        this.draftCommentingStart = LocalDate.EPOCH;
        this.closedStart = LocalDate.EPOCH;
    }

    public Timeline(
            LocalDate announcementStart,
            LocalDate collectionStart,
            LocalDate condensingStart,
            LocalDate draftCommentingStart,
            LocalDate closedStart) {
        if (Stream.of(announcementStart, collectionStart, condensingStart, draftCommentingStart, closedStart)
                .anyMatch(Objects::isNull)) {
            throw new DomainException("consultation.error.timelineIncomplete");
        }
        List<LocalDate> starts =
                List.of(announcementStart, collectionStart, condensingStart, draftCommentingStart, closedStart);
        for (int i = 1; i < starts.size(); i++) {
            if (!starts.get(i).isAfter(starts.get(i - 1))) {
                throw new DomainException("consultation.error.timelineOrder");
            }
        }
        this.announcementStart = announcementStart;
        this.collectionStart = collectionStart;
        this.condensingStart = condensingStart;
        this.draftCommentingStart = draftCommentingStart;
        this.closedStart = closedStart;
    }

    /** The phase that runs on {@code day}; before the announcement the consultation is announced. */
    public Phase phaseOn(LocalDate day) {
        if (!day.isBefore(closedStart)) {
            return Phase.CLOSED;
        }
        if (!day.isBefore(draftCommentingStart)) {
            return Phase.DRAFT_COMMENTING;
        }
        if (!day.isBefore(condensingStart)) {
            return Phase.CONDENSING;
        }
        if (!day.isBefore(collectionStart)) {
            return Phase.PROPOSAL_COLLECTION;
        }
        return Phase.ANNOUNCEMENT;
    }

    public LocalDate startOf(Phase phase) {
        return switch (phase) {
            case ANNOUNCEMENT -> announcementStart;
            case PROPOSAL_COLLECTION -> collectionStart;
            case CONDENSING -> condensingStart;
            case DRAFT_COMMENTING -> draftCommentingStart;
            case CLOSED -> closedStart;
        };
    }

    /** The last day of {@code phase}, or the start day for the open-ended closed phase. */
    public LocalDate endOf(Phase phase) {
        return switch (phase) {
            case ANNOUNCEMENT -> collectionStart.minusDays(1);
            case PROPOSAL_COLLECTION -> condensingStart.minusDays(1);
            case CONDENSING -> draftCommentingStart.minusDays(1);
            case DRAFT_COMMENTING -> closedStart.minusDays(1);
            case CLOSED -> closedStart;
        };
    }

    public List<PhaseSpan> spans() {
        return Arrays.stream(Phase.values())
                .map(phase -> new PhaseSpan(phase, startOf(phase), endOf(phase)))
                .toList();
    }

    /** One phase with its first and last day. */
    public record PhaseSpan(Phase phase, LocalDate start, LocalDate end) {}
}
