package de.kokreation.actionplan.seed;

import de.kokreation.actionplan.CompletionLevel;
import de.kokreation.actionplan.PlanStatus;
import de.kokreation.actionplan.Stance;
import de.kokreation.shared.SeedTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes action plans with their coordinators, commitments (with their level as the demo's
 * reports leave it), responsible persons, milestones and reports. Ids are answered row by row,
 * since each row is referred to by the next.
 */
public final class ActionPlanSeeds implements AutoCloseable {

    public record Plan(
            String slug,
            String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            String adoptingBody,
            String introduction,
            PlanStatus status,
            OffsetDateTime createdAt,
            @Nullable OffsetDateTime publishedAt) {}

    public record Commitment(
            long planId,
            int position,
            long draftId,
            int draftVersion,
            String title,
            String leadAgency,
            CompletionLevel level,
            OffsetDateTime updatedAt) {}

    public record Milestone(
            long commitmentId,
            int position,
            String deliverable,
            LocalDate start,
            LocalDate end,
            CompletionLevel level,
            @Nullable OffsetDateTime reportedAt) {}

    public record Report(
            long commitmentId,
            long milestoneId,
            long authorId,
            OffsetDateTime reportedAt,
            LocalDate asOf,
            CompletionLevel level,
            CompletionLevel previousLevel,
            String note,
            List<String> evidenceLinks) {}

    /** A participant's response to a report; {@code stance} null when no side is taken. */
    public record ReportResponse(
            long reportId, long authorId, @Nullable Stance stance, String body, OffsetDateTime createdAt) {}

    /** A frozen reporting round. */
    public record Round(
            long planId, String title, LocalDate deadline, OffsetDateTime openedAt, OffsetDateTime frozenAt) {}

    /** A row of a round's snapshot: a commitment (no milestone) or a milestone. */
    public record SnapshotRow(
            long roundId,
            long commitmentId,
            @Nullable Long milestoneId,
            CompletionLevel level,
            boolean overdue,
            @Nullable Long reportId) {}

    private final SeedTable rounds;
    private final SeedTable snapshots;
    private final SeedTable plans;
    private final SeedTable coordinators;
    private final SeedTable commitments;
    private final SeedTable responsible;
    private final SeedTable milestones;
    private final SeedTable reports;
    private final SeedTable responses;

    public ActionPlanSeeds(Connection connection) {
        int never = Integer.MAX_VALUE;
        this.plans = new SeedTable(
                connection,
                "action_plan",
                never,
                "slug",
                "title",
                "period_start",
                "period_end",
                "adopting_body",
                "introduction",
                "status",
                "created_at",
                "published_at");
        this.coordinators = new SeedTable(connection, "action_plan_coordinator", never, "plan_id", "account_id");
        this.rounds = new SeedTable(
                connection,
                "reporting_round",
                never,
                "plan_id",
                "title",
                "deadline",
                "status",
                "opened_at",
                "frozen_at");
        this.snapshots = new SeedTable(
                connection,
                "round_snapshot",
                500,
                "round_id",
                "commitment_id",
                "milestone_id",
                "level",
                "overdue",
                "report_id");
        this.commitments = new SeedTable(
                connection,
                "plan_commitment",
                never,
                "plan_id",
                "position",
                "draft_id",
                "draft_version",
                "title",
                "lead_agency",
                "level",
                "updated_at");
        this.responsible = new SeedTable(connection, "commitment_responsible", never, "commitment_id", "account_id");
        this.milestones = new SeedTable(
                connection,
                "plan_milestone",
                never,
                "commitment_id",
                "position",
                "deliverable",
                "start_date",
                "end_date",
                "level",
                "reported_at");
        this.reports = new SeedTable(
                connection,
                "implementation_report",
                500,
                "commitment_id",
                "milestone_id",
                "author_id",
                "reported_at",
                "as_of",
                "level",
                "previous_level",
                "note",
                "evidence_links");
        this.responses = new SeedTable(
                connection, "report_comment", 500, "report_id", "author_id", "stance", "body", "created_at");
    }

    public long insert(Plan plan) throws SQLException {
        return plans.insert(
                plan.slug(),
                plan.title(),
                plan.periodStart(),
                plan.periodEnd(),
                plan.adoptingBody(),
                plan.introduction(),
                plan.status().name(),
                plan.createdAt(),
                plan.publishedAt());
    }

    public void coordinator(long planId, long accountId) throws SQLException {
        coordinators.add(planId, accountId);
    }

    public long insert(Commitment commitment) throws SQLException {
        return commitments.insert(
                commitment.planId(),
                commitment.position(),
                commitment.draftId(),
                commitment.draftVersion(),
                commitment.title(),
                commitment.leadAgency(),
                commitment.level().name(),
                commitment.updatedAt());
    }

    public void responsible(long commitmentId, long accountId) throws SQLException {
        responsible.add(commitmentId, accountId);
    }

    public long insert(Milestone milestone) throws SQLException {
        return milestones.insert(
                milestone.commitmentId(),
                milestone.position(),
                milestone.deliverable(),
                milestone.start(),
                milestone.end(),
                milestone.level().name(),
                milestone.reportedAt());
    }

    public long insert(Round round) throws SQLException {
        return rounds.insert(
                round.planId(), round.title(), round.deadline(), "FROZEN", round.openedAt(), round.frozenAt());
    }

    public void add(SnapshotRow row) throws SQLException {
        snapshots.add(
                row.roundId(),
                row.commitmentId(),
                row.milestoneId(),
                row.level().name(),
                row.overdue(),
                row.reportId());
    }

    /** Inserts the report at once and answers its id, for a snapshot that names it; links one per line, as stored. */
    public long insert(Report report) throws SQLException {
        return reports.insert(
                report.commitmentId(),
                report.milestoneId(),
                report.authorId(),
                report.reportedAt(),
                report.asOf(),
                report.level().name(),
                report.previousLevel().name(),
                report.note(),
                String.join("\n", report.evidenceLinks()));
    }

    public void add(ReportResponse response) throws SQLException {
        responses.add(
                response.reportId(),
                response.authorId(),
                response.stance() == null ? null : response.stance().name(),
                response.body(),
                response.createdAt());
    }

    public void flush() throws SQLException {
        coordinators.flush();
        responsible.flush();
        reports.flush();
        snapshots.flush();
        responses.flush();
    }

    @Override
    public void close() throws SQLException {
        flush();
        for (SeedTable table : List.of(
                plans, coordinators, commitments, responsible, milestones, reports, rounds, snapshots, responses)) {
            table.close();
        }
    }
}
