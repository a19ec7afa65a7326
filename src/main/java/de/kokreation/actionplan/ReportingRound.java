package de.kokreation.actionplan;

import de.kokreation.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reporting round of a published plan ("Stand 30.06.2027"): open until its deadline, then
 * frozen once (its snapshot written in the same transaction). Two nodes freezing or reminding at
 * the same moment collide on the version: one wins, the other's transaction rolls back.
 */
@Entity
@Table(name = "reporting_round")
class ReportingRound {

    static final int TITLE_MIN = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false, updatable = false, length = ActionPlanLimits.TITLE_MAX)
    private String title;

    @Column(nullable = false, updatable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", updatable = false)
    private @Nullable Long openedBy;

    @Column(name = "reminded_at")
    private @Nullable Instant remindedAt;

    @Column(name = "frozen_at")
    private @Nullable Instant frozenAt;

    /** The plan's id while open: the unique constraint allows one open round per plan. */
    @Column(name = "open_plan_id")
    private @Nullable Long openPlanId;

    @Version
    private long version;

    protected ReportingRound() {
        this.title = "";
        this.deadline = LocalDate.EPOCH;
        this.status = RoundStatus.OPEN;
        this.openedAt = Instant.EPOCH;
    }

    ReportingRound(long planId, String title, LocalDate deadline, long openedBy, Instant now, LocalDate today) {
        String clean = title.strip();
        if (clean.length() < TITLE_MIN || clean.length() > ActionPlanLimits.TITLE_MAX) {
            throw new DomainException("plan.error.roundTitle", TITLE_MIN, ActionPlanLimits.TITLE_MAX);
        }
        if (deadline.isBefore(today)) {
            throw new DomainException("plan.error.roundDeadline");
        }
        this.planId = planId;
        this.title = clean;
        this.deadline = deadline;
        this.status = RoundStatus.OPEN;
        this.openedAt = now;
        this.openedBy = openedBy;
        this.openPlanId = planId;
    }

    /** Whether the deadline has passed on {@code today}: the round is then frozen. */
    boolean isDue(LocalDate today) {
        return status == RoundStatus.OPEN && deadline.isBefore(today);
    }

    /**
     * Whether the responsible persons are to be reminded now: within the days before the deadline,
     * once, and never once the deadline has passed (the round is then frozen, not reminded of).
     */
    boolean needsReminder(LocalDate today, int daysBefore) {
        return status == RoundStatus.OPEN
                && remindedAt == null
                && !today.isBefore(deadline.minusDays(daysBefore))
                && !today.isAfter(deadline);
    }

    void reminded(Instant now) {
        remindedAt = now;
    }

    /** Freezes the round; a frozen round never changes again. */
    void freeze(Instant now) {
        if (status != RoundStatus.OPEN) {
            throw new DomainException("plan.error.roundFrozen");
        }
        status = RoundStatus.FROZEN;
        frozenAt = now;
        openPlanId = null;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("round not saved yet");
        }
        return id;
    }

    long planId() {
        return planId;
    }

    String title() {
        return title;
    }

    LocalDate deadline() {
        return deadline;
    }

    RoundStatus status() {
        return status;
    }

    @Nullable
    Instant frozenAt() {
        return frozenAt;
    }

    RoundSummary summary() {
        return new RoundSummary(id(), title, deadline, status, frozenAt);
    }
}
