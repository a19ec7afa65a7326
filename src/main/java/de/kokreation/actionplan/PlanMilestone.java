package de.kokreation.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A milestone of a published plan's commitment, as adopted, with the level of its latest report. */
@Entity
@Table(name = "plan_milestone")
class PlanMilestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "commitment_id", nullable = false, updatable = false)
    private long commitmentId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false, length = 1000)
    private String deliverable;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate start;

    @Column(name = "end_date", nullable = false, updatable = false)
    private LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompletionLevel level;

    @Column(name = "reported_at")
    private @Nullable Instant reportedAt;

    protected PlanMilestone() {
        this.deliverable = "";
        this.start = LocalDate.EPOCH;
        this.end = LocalDate.EPOCH;
        this.level = CompletionLevel.NOT_STARTED;
    }

    PlanMilestone(long commitmentId, int position, String deliverable, LocalDate start, LocalDate end) {
        this.commitmentId = commitmentId;
        this.position = position;
        this.deliverable = deliverable;
        this.start = start;
        this.end = end;
        this.level = CompletionLevel.NOT_STARTED;
    }

    /** Takes the level of a new report; answers the level it had before. */
    CompletionLevel report(CompletionLevel newLevel, Instant now) {
        CompletionLevel previous = level;
        level = newLevel;
        reportedAt = now;
        return previous;
    }

    /** Past its end and neither completed nor withdrawn. */
    boolean isOverdue(LocalDate today) {
        return isOverdue(end, level, today);
    }

    /** The rule of {@link #isOverdue(LocalDate)}, for rows read without the entity. */
    static boolean isOverdue(LocalDate end, CompletionLevel level, LocalDate today) {
        return level.isOverdue(end, today);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("milestone not saved yet");
        }
        return id;
    }

    long commitmentId() {
        return commitmentId;
    }

    int position() {
        return position;
    }

    String deliverable() {
        return deliverable;
    }

    LocalDate start() {
        return start;
    }

    LocalDate end() {
        return end;
    }

    CompletionLevel level() {
        return level;
    }

    @Nullable
    Instant reportedAt() {
        return reportedAt;
    }
}
