package de.kokreation.actionplan;

import de.kokreation.shared.Cursors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The snapshots of reporting rounds: written once at the freeze, read whole per round. */
@Component
class RoundQueries {

    /** One row of a snapshot: a commitment (no milestone) or a milestone. */
    record SnapshotRow(
            long commitmentId,
            @Nullable Long milestoneId,
            CompletionLevel level,
            boolean overdue,
            @Nullable Long reportId) {}

    private final JdbcTemplate jdbc;

    RoundQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertSnapshot(long roundId, List<SnapshotRow> rows) {
        jdbc.batchUpdate(
                "insert into round_snapshot (round_id, commitment_id, milestone_id, level, overdue, report_id)"
                        + " values (?, ?, ?, ?, ?, ?)",
                rows.stream()
                        .map(row -> new Object[] {
                            roundId,
                            row.commitmentId(),
                            row.milestoneId(),
                            row.level().name(),
                            row.overdue(),
                            row.reportId()
                        })
                        .toList());
    }

    List<SnapshotRow> snapshot(long roundId) {
        return jdbc.query(
                "select commitment_id, milestone_id, level, overdue, report_id from round_snapshot where round_id = ?"
                        + " order by id",
                (row, n) -> {
                    long milestone = row.getLong(2);
                    Long milestoneId = row.wasNull() ? null : milestone;
                    long report = row.getLong(5);
                    Long reportId = row.wasNull() ? null : report;
                    return new SnapshotRow(
                            row.getLong(1),
                            milestoneId,
                            CompletionLevel.valueOf(row.getString(3)),
                            row.getBoolean(4),
                            reportId);
                },
                roundId);
    }

    /** Per frozen round of the plan, how many commitments stood at each level: one query. */
    Map<Long, Map<CompletionLevel, Integer>> commitmentLevels(long planId) {
        Map<Long, Map<CompletionLevel, Integer>> levels = new HashMap<>();
        jdbc.query(
                """
                select s.round_id, s.level, count(*) from round_snapshot s
                  join reporting_round r on r.id = s.round_id
                 where r.plan_id = ? and s.milestone_id is null group by s.round_id, s.level""",
                row -> {
                    levels.computeIfAbsent(row.getLong(1), id -> new java.util.EnumMap<>(CompletionLevel.class))
                            .put(CompletionLevel.valueOf(row.getString(2)), row.getInt(3));
                },
                planId);
        return levels;
    }

    /** The latest report of each milestone of the plan, by milestone id. */
    Map<Long, Long> latestReports(long planId) {
        Map<Long, Long> latest = new HashMap<>();
        jdbc.query(
                """
                select r.milestone_id, max(r.id) from implementation_report r
                  join plan_commitment c on c.id = r.commitment_id
                 where c.plan_id = ? and r.milestone_id is not null group by r.milestone_id""",
                row -> {
                    latest.put(row.getLong(1), row.getLong(2));
                },
                planId);
        return latest;
    }

    /** The notes of the reports, by report id. */
    Map<Long, String> notes(Collection<Long> reportIds) {
        Map<Long, String> notes = new HashMap<>();
        List<Long> ids = new ArrayList<>(reportIds);
        if (ids.isEmpty()) {
            return notes;
        }
        jdbc.query(
                "select id, note from implementation_report where id in (" + Cursors.placeholders(ids.size()) + ")",
                row -> {
                    notes.put(row.getLong(1), row.getString(2));
                },
                ids.toArray());
        return notes;
    }

    /** The people responsible for any commitment of the plan. */
    List<Long> responsiblePeople(long planId) {
        return jdbc.queryForList("""
                select distinct r.account_id from commitment_responsible r
                  join plan_commitment c on c.id = r.commitment_id where c.plan_id = ?""", Long.class, planId);
    }
}
