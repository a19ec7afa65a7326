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

/**
 * One report in a commitment's history, never changed: on a milestone, or on the commitment's own
 * level (no milestone; no level when an explicit level was given up). A correction is a new report.
 */
@Entity
@Table(name = "implementation_report")
class ImplementationReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "commitment_id", nullable = false, updatable = false)
    private long commitmentId;

    @Column(name = "milestone_id", updatable = false)
    private @Nullable Long milestoneId;

    @Column(name = "author_id", updatable = false)
    private @Nullable Long authorId;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 20)
    private @Nullable CompletionLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_level", nullable = false, updatable = false, length = 20)
    private CompletionLevel previousLevel;

    @Column(nullable = false, updatable = false, length = ActionPlanLimits.NOTE_MAX)
    private String note;

    @Column(name = "evidence_links", nullable = false, updatable = false, length = 5000)
    private String evidenceLinks;

    protected ImplementationReport() {
        this.reportedAt = Instant.EPOCH;
        this.asOf = LocalDate.EPOCH;
        this.previousLevel = CompletionLevel.NOT_STARTED;
        this.note = "";
        this.evidenceLinks = "";
    }

    private ImplementationReport(
            long commitmentId,
            @Nullable Long milestoneId,
            long authorId,
            Instant reportedAt,
            LocalDate asOf,
            @Nullable CompletionLevel level,
            CompletionLevel previousLevel,
            String note,
            String evidenceLinks) {
        this.commitmentId = commitmentId;
        this.milestoneId = milestoneId;
        this.authorId = authorId;
        this.reportedAt = reportedAt;
        this.asOf = asOf;
        this.level = level;
        this.previousLevel = previousLevel;
        this.note = note;
        this.evidenceLinks = evidenceLinks;
    }

    /** A report on a milestone; {@code report} already validated. */
    static ImplementationReport onMilestone(
            PlanMilestone milestone, long authorId, Instant now, ProgressReport report, CompletionLevel previous) {
        return new ImplementationReport(
                milestone.commitmentId(),
                milestone.id(),
                authorId,
                now,
                report.asOf(),
                report.level(),
                previous,
                report.note(),
                report.evidenceLinks());
    }

    /** The commitment's level set explicitly ({@code level}) or given up again (null), with the reason. */
    static ImplementationReport onCommitment(
            long commitmentId,
            long authorId,
            Instant now,
            LocalDate asOf,
            @Nullable CompletionLevel level,
            CompletionLevel previous,
            String reason) {
        return new ImplementationReport(commitmentId, null, authorId, now, asOf, level, previous, reason.strip(), "");
    }

    long commitmentId() {
        return commitmentId;
    }
}
