package de.kokreation.actionplan;

import de.kokreation.shared.Cursors;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The plan module's read side: lists of plans and a plan's commitments with their milestones, in a
 * fixed number of queries whatever the number of commitments and milestones.
 */
@Component
class PlanQueries {

    private final JdbcTemplate jdbc;

    PlanQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every plan, newest period first, with its number of commitments. */
    List<PlanSummary> plans() {
        return jdbc.query("""
                select p.id, p.slug, p.title, p.period_start, p.period_end, p.adopting_body, p.status, p.published_at,
                       (select count(*) from plan_commitment c where c.plan_id = p.id) as commitments
                  from action_plan p order by p.period_start desc, p.id desc""", (row, n) -> summary(row));
    }

    PlanSummary summary(ActionPlan plan) {
        Integer count =
                jdbc.queryForObject("select count(*) from plan_commitment where plan_id = ?", Integer.class, plan.id());
        PlanTexts texts = plan.texts();
        return new PlanSummary(
                plan.id(),
                plan.slug(),
                texts.title(),
                texts.periodStart(),
                texts.periodEnd(),
                texts.adoptingBody(),
                plan.status(),
                plan.publishedAt(),
                count == null ? 0 : count);
    }

    /** The plan's commitments in their order, each with its milestones: two queries. */
    List<CommitmentLine> commitments(long planId, LocalDate today) {
        Map<Long, List<MilestoneLine>> milestones = new HashMap<>();
        jdbc.query(
                """
                select m.id, m.commitment_id, m.position, m.deliverable, m.start_date, m.end_date, m.level, m.reported_at
                  from plan_milestone m join plan_commitment c on c.id = m.commitment_id
                 where c.plan_id = ? order by m.commitment_id, m.position""",
                row -> {
                    CompletionLevel level = CompletionLevel.valueOf(row.getString("level"));
                    LocalDate end = row.getObject("end_date", LocalDate.class);
                    milestones
                            .computeIfAbsent(row.getLong("commitment_id"), id -> new ArrayList<>())
                            .add(new MilestoneLine(
                                    row.getLong("id"),
                                    row.getInt("position"),
                                    row.getString("deliverable"),
                                    row.getObject("start_date", LocalDate.class),
                                    end,
                                    level,
                                    instant(row, "reported_at"),
                                    PlanMilestone.isOverdue(end, level, today)));
                },
                planId);
        return jdbc.query(
                """
                select c.id, c.position, c.title, c.lead_agency, c.level, c.level_explicit, c.draft_id
                  from plan_commitment c where c.plan_id = ? order by c.position""",
                (row, n) -> new CommitmentLine(
                        row.getLong("id"),
                        row.getInt("position"),
                        row.getString("title"),
                        row.getString("lead_agency"),
                        CompletionLevel.valueOf(row.getString("level")),
                        row.getBoolean("level_explicit"),
                        row.getLong("draft_id"),
                        milestones.getOrDefault(row.getLong("id"), List.of())),
                planId);
    }

    /** The reports of a commitment, oldest first. */
    record StoredReport(
            long id,
            @Nullable Integer milestoneNumber,
            @Nullable Long authorId,
            Instant reportedAt,
            LocalDate asOf,
            @Nullable CompletionLevel level,
            CompletionLevel previousLevel,
            String note,
            String evidenceLinks) {}

    List<StoredReport> reports(long commitmentId) {
        return jdbc.query(
                """
                select r.id, m.position, r.author_id, r.reported_at, r.as_of, r.level, r.previous_level, r.note,
                       r.evidence_links
                  from implementation_report r left join plan_milestone m on m.id = r.milestone_id
                 where r.commitment_id = ? order by r.reported_at, r.id""",
                (row, n) -> {
                    int position = row.getInt(2);
                    Integer milestone = row.wasNull() ? null : position;
                    long author = row.getLong(3);
                    Long authorId = row.wasNull() ? null : author;
                    String level = row.getString(6);
                    return new StoredReport(
                            row.getLong(1),
                            milestone,
                            authorId,
                            Objects.requireNonNull(instant(row, "reported_at")),
                            row.getObject(5, LocalDate.class),
                            level == null ? null : CompletionLevel.valueOf(level),
                            CompletionLevel.valueOf(row.getString(7)),
                            row.getString(8),
                            row.getString(9));
                },
                commitmentId);
    }

    /** The comments on a commitment's reports, oldest first, in one query. */
    record StoredComment(
            long id,
            long reportId,
            @Nullable Long authorId,
            @Nullable Stance stance,
            String body,
            @Nullable String hiddenReason,
            Instant createdAt) {}

    List<StoredComment> reportComments(long commitmentId) {
        return jdbc.query(
                """
                select k.id, k.report_id, k.author_id, k.stance, k.body, k.hidden_reason, k.created_at
                  from report_comment k join implementation_report r on r.id = k.report_id
                 where r.commitment_id = ? order by k.id""",
                (row, n) -> {
                    long author = row.getLong(3);
                    Long authorId = row.wasNull() ? null : author;
                    String stance = row.getString(4);
                    return new StoredComment(
                            row.getLong(1),
                            row.getLong(2),
                            authorId,
                            stance == null ? null : Stance.valueOf(stance),
                            row.getString(5),
                            row.getString(6),
                            Objects.requireNonNull(instant(row, "created_at")));
                },
                commitmentId);
    }

    boolean follows(long commitmentId, long accountId) {
        Integer found = jdbc.queryForObject(
                "select count(*) from commitment_follower where commitment_id = ? and account_id = ?",
                Integer.class,
                commitmentId,
                accountId);
        return found != null && found > 0;
    }

    /** Follows; following twice is following once. */
    void follow(long commitmentId, long accountId, Instant now) {
        if (!follows(commitmentId, accountId)) {
            jdbc.update(
                    "insert into commitment_follower (commitment_id, account_id, followed_at) values (?, ?, ?)",
                    commitmentId,
                    accountId,
                    OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        }
    }

    void unfollow(long commitmentId, long accountId) {
        jdbc.update(
                "delete from commitment_follower where commitment_id = ? and account_id = ?", commitmentId, accountId);
    }

    /** The commitments of the plan the account answers for, or all of them when {@code all}: one query. */
    List<Long> commitmentIds(long planId, long accountId, boolean all) {
        return all
                ? jdbc.queryForList(
                        "select id from plan_commitment where plan_id = ? order by position", Long.class, planId)
                : jdbc.queryForList("""
                        select c.id from plan_commitment c join commitment_responsible r on r.commitment_id = c.id
                         where c.plan_id = ? and r.account_id = ? order by c.position""", Long.class, planId, accountId);
    }

    List<Long> followers(long commitmentId) {
        return jdbc.queryForList(
                "select account_id from commitment_follower where commitment_id = ?", Long.class, commitmentId);
    }

    /** The commitments of published plans that adopted any of the drafts, in the plans' order. */
    record AdoptedIn(
            long commitmentId, String planSlug, String planTitle, int number, String title, CompletionLevel level) {}

    List<AdoptedIn> publishedCommitmentsOf(List<Long> draftIds) {
        if (draftIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                """
                select c.id, p.slug, p.title, c.position, c.title as commitment_title, c.level
                  from plan_commitment c join action_plan p on p.id = c.plan_id
                 where p.status = 'PUBLISHED' and c.draft_id in (%s)
                 order by p.period_start, p.id, c.position""".formatted(Cursors.placeholders(draftIds.size())),
                (row, n) -> new AdoptedIn(
                        row.getLong(1),
                        row.getString(2),
                        row.getString(3),
                        row.getInt(4),
                        row.getString(5),
                        CompletionLevel.valueOf(row.getString(6))),
                draftIds.toArray());
    }

    private static PlanSummary summary(ResultSet row) throws SQLException {
        return new PlanSummary(
                row.getLong("id"),
                row.getString("slug"),
                row.getString("title"),
                row.getObject("period_start", LocalDate.class),
                row.getObject("period_end", LocalDate.class),
                row.getString("adopting_body"),
                PlanStatus.valueOf(row.getString("status")),
                instant(row, "published_at"),
                row.getInt("commitments"));
    }

    private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
