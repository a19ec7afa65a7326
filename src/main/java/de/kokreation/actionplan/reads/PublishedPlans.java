package de.kokreation.actionplan.reads;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Published action plans as the public reads them: the plan, its commitments in their order (each
 * the draft version it adopted), and their milestones with their levels. A plan in preparation
 * does not exist here. A fixed number of queries per plan.
 */
@Component
public class PublishedPlans {

    /** {@code levels} are the names of {@code CompletionLevel}. */
    public record Plan(
            long id,
            String slug,
            String title,
            LocalDate periodStart,
            LocalDate periodEnd,
            String adoptingBody,
            String introduction,
            Instant publishedAt) {}

    public record Commitment(
            long id,
            int number,
            long draftId,
            int draftVersion,
            String title,
            String leadAgency,
            String level,
            @Nullable String levelReason) {}

    public record Milestone(long id, int number, String deliverable, LocalDate start, LocalDate end, String level) {}

    /** A report on a milestone ({@code milestoneNumber} set) or on a commitment's own level; levels by name. */
    public record Report(
            long id,
            int commitmentNumber,
            @Nullable Integer milestoneNumber,
            LocalDate asOf,
            Instant reportedAt,
            @Nullable String level,
            String previousLevel,
            String note,
            List<String> evidenceLinks) {}

    /** A reporting round; {@code status} is {@code OPEN} or {@code FROZEN}. */
    public record Round(
            long id,
            String title,
            LocalDate deadline,
            String status,
            @Nullable Instant frozenAt) {}

    /** A row of a frozen round's snapshot: a commitment ({@code milestoneNumber} null) or a milestone. */
    public record SnapshotRow(
            long roundId, int commitmentNumber, @Nullable Integer milestoneNumber, String level, boolean overdue) {}

    private final JdbcTemplate jdbc;

    PublishedPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every published plan, newest period first. */
    public List<Plan> plans() {
        return jdbc.query("""
                select id, slug, title, period_start, period_end, adopting_body, introduction, published_at
                  from action_plan where status = 'PUBLISHED' order by period_start desc, id desc""", (row, n) -> plan(row));
    }

    private static Plan plan(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Plan(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getObject(4, LocalDate.class),
                row.getObject(5, LocalDate.class),
                row.getString(6),
                row.getString(7),
                row.getObject(8, OffsetDateTime.class).toInstant());
    }

    /** Every report of the plan, oldest first. */
    public List<Report> reports(long planId) {
        return jdbc.query(
                """
                select r.id, c.position, m.position, r.as_of, r.reported_at, r.level, r.previous_level, r.note,
                       r.evidence_links
                  from implementation_report r
                  join plan_commitment c on c.id = r.commitment_id
                  left join plan_milestone m on m.id = r.milestone_id
                 where c.plan_id = ? order by r.reported_at, r.id""",
                (row, n) -> {
                    int milestone = row.getInt(3);
                    Integer milestoneNumber = row.wasNull() ? null : milestone;
                    String links = row.getString(9);
                    return new Report(
                            row.getLong(1),
                            row.getInt(2),
                            milestoneNumber,
                            row.getObject(4, LocalDate.class),
                            row.getObject(5, OffsetDateTime.class).toInstant(),
                            row.getString(6),
                            row.getString(7),
                            row.getString(8),
                            links.isEmpty() ? List.of() : List.of(links.split("\n")));
                },
                planId);
    }

    /** The plan's reporting rounds, oldest deadline first. */
    public List<Round> rounds(long planId) {
        return jdbc.query(
                "select id, title, deadline, status, frozen_at from reporting_round where plan_id = ?"
                        + " order by deadline, id",
                (row, n) -> {
                    OffsetDateTime frozen = row.getObject(5, OffsetDateTime.class);
                    return new Round(
                            row.getLong(1),
                            row.getString(2),
                            row.getObject(3, LocalDate.class),
                            row.getString(4),
                            frozen == null ? null : frozen.toInstant());
                },
                planId);
    }

    /** The snapshots of the plan's frozen rounds, by round, commitment and milestone. */
    public List<SnapshotRow> snapshots(long planId) {
        return jdbc.query(
                """
                select s.round_id, c.position, m.position, s.level, s.overdue
                  from round_snapshot s
                  join reporting_round r on r.id = s.round_id
                  join plan_commitment c on c.id = s.commitment_id
                  left join plan_milestone m on m.id = s.milestone_id
                 where r.plan_id = ? order by r.deadline, r.id, c.position, m.position nulls first""",
                (row, n) -> {
                    int milestone = row.getInt(3);
                    Integer milestoneNumber = row.wasNull() ? null : milestone;
                    return new SnapshotRow(
                            row.getLong(1), row.getInt(2), milestoneNumber, row.getString(4), row.getBoolean(5));
                },
                planId);
    }

    public Optional<Plan> plan(String slug) {
        return jdbc.query("""
                        select id, slug, title, period_start, period_end, adopting_body, introduction, published_at
                          from action_plan where slug = ? and status = 'PUBLISHED'""", (row, n) -> plan(row), slug).stream().findFirst();
    }

    /** The plan's commitments in their order. */
    public List<Commitment> commitments(long planId) {
        return jdbc.query(
                """
                select id, position, draft_id, draft_version, title, lead_agency, level,
                       case when level_explicit then level_reason end
                  from plan_commitment where plan_id = ? order by position""",
                (row, n) -> new Commitment(
                        row.getLong(1),
                        row.getInt(2),
                        row.getLong(3),
                        row.getInt(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7),
                        row.getString(8)),
                planId);
    }

    /** The milestones of the plan's commitments, by commitment id, in their order. */
    public Map<Long, List<Milestone>> milestones(long planId) {
        Map<Long, List<Milestone>> milestones = new LinkedHashMap<>();
        jdbc.query(
                """
                select m.commitment_id, m.id, m.position, m.deliverable, m.start_date, m.end_date, m.level
                  from plan_milestone m join plan_commitment c on c.id = m.commitment_id
                 where c.plan_id = ? order by c.position, m.position""",
                row -> {
                    milestones
                            .computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new Milestone(
                                    row.getLong(2),
                                    row.getInt(3),
                                    row.getString(4),
                                    row.getObject(5, LocalDate.class),
                                    row.getObject(6, LocalDate.class),
                                    row.getString(7)));
                },
                planId);
        return milestones;
    }
}
