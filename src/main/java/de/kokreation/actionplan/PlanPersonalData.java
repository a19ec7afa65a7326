package de.kokreation.actionplan;

import de.kokreation.shared.Permalinks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the action plans hold about the caller, for the personal-data download: the plans they
 * coordinate, the commitments they answer for or follow, their reports, their assessments and their comments on reports.
 */
@Service
public class PlanPersonalData {

    /** @param link the commitment's address */
    public record Role(String plan, int commitment, String role, String link) {}

    public record MyReport(
            String plan,
            int commitment,
            @Nullable Integer milestone,
            Instant reportedAt,
            LocalDate asOf,
            @Nullable String level,
            String note,
            String evidenceLinks) {}

    public record MyAssessment(
            String plan, String round, int commitment, boolean agrees, String reason, Instant assessedAt) {}

    /** @param stance AGREES, DISAGREES or null when no side was taken */
    public record MyReportComment(
            String plan,
            int commitment,
            @Nullable Integer milestone,
            @Nullable String stance,
            String text,
            Instant createdAt,
            @Nullable String hiddenReason) {}

    public record MyPlanActivity(
            List<String> coordinatedPlans,
            List<Role> commitments,
            List<MyReport> reports,
            List<MyAssessment> assessments,
            List<MyReportComment> reportComments) {}

    private final PlanAccess access;
    private final JdbcTemplate jdbc;
    private final String baseUrl;

    PlanPersonalData(PlanAccess access, JdbcTemplate jdbc, @Value("${kokreation.public-base-url}") String baseUrl) {
        this.access = access;
        this.jdbc = jdbc;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MyPlanActivity mine() {
        long me = access.myAccountId();
        List<String> coordinated = jdbc.queryForList(
                "select p.title from action_plan p join action_plan_coordinator c on c.plan_id = p.id"
                        + " where c.account_id = ? order by p.id",
                String.class,
                me);
        List<Role> roles = jdbc.query(
                """
                select p.title, p.slug, c.position, 'responsible' from commitment_responsible r
                  join plan_commitment c on c.id = r.commitment_id join action_plan p on p.id = c.plan_id
                 where r.account_id = ?
                union all
                select p.title, p.slug, c.position, 'follower' from commitment_follower f
                  join plan_commitment c on c.id = f.commitment_id join action_plan p on p.id = c.plan_id
                 where f.account_id = ?""",
                (row, n) -> new Role(
                        row.getString(1),
                        row.getInt(3),
                        row.getString(4),
                        baseUrl + Permalinks.planCommitment(row.getString(2), row.getInt(3))),
                me,
                me);
        List<MyReport> reports = jdbc.query(
                """
                select p.title, c.position, m.position, r.reported_at, r.as_of, r.level, r.note, r.evidence_links
                  from implementation_report r join plan_commitment c on c.id = r.commitment_id
                  join action_plan p on p.id = c.plan_id left join plan_milestone m on m.id = r.milestone_id
                 where r.author_id = ? order by r.id""",
                (row, n) -> {
                    int milestone = row.getInt(3);
                    Integer milestoneNumber = row.wasNull() ? null : milestone;
                    return new MyReport(
                            row.getString(1),
                            row.getInt(2),
                            milestoneNumber,
                            row.getObject(4, OffsetDateTime.class).toInstant(),
                            row.getObject(5, LocalDate.class),
                            row.getString(6),
                            row.getString(7),
                            row.getString(8));
                },
                me);
        List<MyAssessment> assessments = jdbc.query(
                """
                select p.title, r.title, c.position, a.agrees, a.reason, a.assessed_at from round_assessment a
                  join reporting_round r on r.id = a.round_id join action_plan p on p.id = r.plan_id
                  join plan_commitment c on c.id = a.commitment_id
                 where a.author_id = ? order by a.id""",
                (row, n) -> new MyAssessment(
                        row.getString(1),
                        row.getString(2),
                        row.getInt(3),
                        row.getBoolean(4),
                        row.getString(5),
                        row.getObject(6, OffsetDateTime.class).toInstant()),
                me);
        List<MyReportComment> reportComments = jdbc.query(
                """
                select p.title, c.position, m.position, k.stance, k.body, k.created_at, k.hidden_reason
                  from report_comment k join implementation_report r on r.id = k.report_id
                  join plan_commitment c on c.id = r.commitment_id join action_plan p on p.id = c.plan_id
                  left join plan_milestone m on m.id = r.milestone_id
                 where k.author_id = ? order by k.id""",
                (row, n) -> {
                    int milestone = row.getInt(3);
                    Integer milestoneNumber = row.wasNull() ? null : milestone;
                    return new MyReportComment(
                            row.getString(1),
                            row.getInt(2),
                            milestoneNumber,
                            row.getString(4),
                            row.getString(5),
                            row.getObject(6, OffsetDateTime.class).toInstant(),
                            row.getString(7));
                },
                me);
        return new MyPlanActivity(coordinated, roles, reports, assessments, reportComments);
    }
}
