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

    private final JdbcTemplate jdbc;

    PublishedPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Plan> plan(String slug) {
        return jdbc
                .query(
                        """
                        select id, slug, title, period_start, period_end, adopting_body, introduction, published_at
                          from action_plan where slug = ? and status = 'PUBLISHED'""",
                        (row, n) -> new Plan(
                                row.getLong(1),
                                row.getString(2),
                                row.getString(3),
                                row.getObject(4, LocalDate.class),
                                row.getObject(5, LocalDate.class),
                                row.getString(6),
                                row.getString(7),
                                row.getObject(8, OffsetDateTime.class).toInstant()),
                        slug)
                .stream()
                .findFirst();
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
