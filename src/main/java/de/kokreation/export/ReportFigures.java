package de.kokreation.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of the reasoned-response report, counted in the database: a handful of aggregate
 * queries and one pass over the proposals, however large the consultation. Hidden proposals and
 * hidden or deleted comments do not count. The report runs the participation queries on threads
 * of their own, outside its transaction: each query here reads committed data on its own.
 */
@Component
class ReportFigures {

    private static final int FETCH_SIZE = 2000;

    private final NamedParameterJdbcTemplate jdbc;
    /** A template with a fetch size, so PostgreSQL hands out a group's proposals in batches. */
    private final NamedParameterJdbcTemplate cursor;

    ReportFigures(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate batches = new JdbcTemplate(dataSource);
        batches.setFetchSize(FETCH_SIZE);
        this.cursor = new NamedParameterJdbcTemplate(batches);
    }

    record GroupFigures(long proposals, long comments, long votes) {
    }

    record DayFigures(long proposals, long comments, long votes) {

        DayFigures plus(DayFigures other) {
            return new DayFigures(proposals + other.proposals, comments + other.comments, votes + other.votes);
        }
    }

    record ProposalLine(long id, String title, int votesFor, int votesAgainst,
            @Nullable String outcome, @Nullable String reason) {
    }

    record DraftLine(long id, long themeGroupId, String title, String status, int proposalCount) {
    }

    private void each(String sql, MapSqlParameterSource parameters, RowCallbackHandler handler) {
        jdbc.query(sql, parameters, handler);
    }

    Map<Long, GroupFigures> perGroup(Collection<Long> groupIds) {
        var groups = new MapSqlParameterSource("groups", groupIds);
        Map<Long, long[]> counts = new HashMap<>();
        each("""
                select theme_group_id, count(*), sum(votes_for + votes_against) from proposal
                where theme_group_id in (:groups) and hidden_at is null group by theme_group_id""", groups, row -> {
            long[] figures = counts.computeIfAbsent(row.getLong(1), id -> new long[3]);
            figures[0] = row.getLong(2);
            figures[2] = row.getLong(3);
        });
        each("""
                select p.theme_group_id, count(*) from proposal_comment c join proposal p on p.id = c.proposal_id
                where p.theme_group_id in (:groups) and p.hidden_at is null and c.hidden_at is null
                  and c.deleted_at is null
                group by p.theme_group_id""", groups,
                row -> counts.computeIfAbsent(row.getLong(1), id -> new long[3])[1] = row.getLong(2));
        Map<Long, GroupFigures> figures = new HashMap<>();
        counts.forEach((id, values) -> figures.put(id, new GroupFigures(values[0], values[1], values[2])));
        return figures;
    }

    /** People who took part per group: wrote a proposal or a comment, or voted. */
    Map<Long, Long> participantsPerGroup(Collection<Long> groupIds) {
        Map<Long, Long> participants = new HashMap<>();
        each("select theme_group_id, count(distinct account_id) from (" + PARTICIPATIONS
                + ") participation group by theme_group_id", new MapSqlParameterSource("groups", groupIds),
                row -> participants.put(row.getLong(1), row.getLong(2)));
        return participants;
    }

    /** People who took part in any of the groups, each counted once. */
    long participants(Collection<Long> groupIds) {
        Long count = jdbc.queryForObject("select count(distinct account_id) from (" + PARTICIPATIONS
                + ") participation", new MapSqlParameterSource("groups", groupIds), Long.class);
        return count == null ? 0 : count;
    }

    private static final String PARTICIPATIONS = """
            select p.theme_group_id, p.author_id as account_id from proposal p
            where p.theme_group_id in (:groups) and p.hidden_at is null
            union all
            select p.theme_group_id, c.author_id from proposal_comment c join proposal p on p.id = c.proposal_id
            where p.theme_group_id in (:groups) and c.hidden_at is null and c.deleted_at is null
            union all
            select p.theme_group_id, v.voter_id from proposal_vote v join proposal p on p.id = v.proposal_id
            where p.theme_group_id in (:groups) and v.voter_id is not null""";

    long hiddenProposals(Collection<Long> groupIds) {
        Long count = jdbc.queryForObject("select count(*) from proposal where theme_group_id in (:groups)"
                + " and hidden_at is not null", new MapSqlParameterSource("groups", groupIds), Long.class);
        return count == null ? 0 : count;
    }

    /** New proposals, comments and votes per day, in order. */
    TreeMap<LocalDate, DayFigures> perDay(Collection<Long> groupIds) {
        var groups = new MapSqlParameterSource("groups", groupIds);
        TreeMap<LocalDate, DayFigures> days = new TreeMap<>();
        each("""
                select cast(created_at as date), count(*) from proposal
                where theme_group_id in (:groups) and hidden_at is null group by cast(created_at as date)""", groups,
                row -> days.merge(row.getObject(1, LocalDate.class), new DayFigures(row.getLong(2), 0, 0),
                        DayFigures::plus));
        each("""
                select cast(c.created_at as date), count(*) from proposal_comment c
                join proposal p on p.id = c.proposal_id
                where p.theme_group_id in (:groups) and p.hidden_at is null and c.hidden_at is null
                  and c.deleted_at is null
                group by cast(c.created_at as date)""", groups,
                row -> days.merge(row.getObject(1, LocalDate.class), new DayFigures(0, row.getLong(2), 0),
                        DayFigures::plus));
        each("""
                select cast(v.cast_at as date), count(*) from proposal_vote v join proposal p on p.id = v.proposal_id
                where p.theme_group_id in (:groups) and p.hidden_at is null group by cast(v.cast_at as date)""", groups,
                row -> days.merge(row.getObject(1, LocalDate.class), new DayFigures(0, 0, row.getLong(2)),
                        DayFigures::plus));
        return days;
    }

    /** The drafts of the groups that were not withdrawn, in the order of their groups. */
    List<DraftLine> drafts(Collection<Long> groupIds) {
        return jdbc.query("""
                select d.id, d.theme_group_id, d.title, d.status,
                       (select count(*) from draft_proposal l join proposal p on p.id = l.proposal_id
                        where l.draft_id = d.id and p.hidden_at is null)
                from draft_commitment d join theme_group g on g.id = d.theme_group_id
                where d.theme_group_id in (:groups) and d.status <> 'WITHDRAWN' order by g.position, d.id""",
                new MapSqlParameterSource("groups", groupIds), (row, n) -> new DraftLine(row.getLong(1),
                        row.getLong(2), row.getString(3), row.getString(4), row.getInt(5)));
    }

    /** Draft ids per proposal, for drafts that were not withdrawn. */
    Map<Long, List<Long>> draftsByProposal(Collection<Long> groupIds) {
        Map<Long, List<Long>> links = new HashMap<>();
        each("""
                select l.proposal_id, l.draft_id from draft_proposal l join draft_commitment d on d.id = l.draft_id
                where d.theme_group_id in (:groups) and d.status <> 'WITHDRAWN' order by l.proposal_id, l.draft_id""",
                new MapSqlParameterSource("groups", groupIds),
                row -> links.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getLong(2)));
        return links;
    }

    /** Visible proposals per group and response outcome; unanswered ones under the empty string. */
    Map<Long, Map<String, Long>> outcomes(Collection<Long> groupIds) {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        each("""
                select p.theme_group_id, coalesce(r.outcome, ''), count(*) from proposal p
                left join proposal_response r on r.proposal_id = p.id
                where p.theme_group_id in (:groups) and p.hidden_at is null
                group by p.theme_group_id, coalesce(r.outcome, '')""", new MapSqlParameterSource("groups", groupIds),
                row -> counts.computeIfAbsent(row.getLong(1), id -> new HashMap<>()).put(row.getString(2),
                        row.getLong(3)));
        return counts;
    }

    /**
     * The visible proposals of a group, most supported first, read through a cursor while they
     * are iterated: the report writes 100,000 of them without holding them. Iterate once, inside
     * the transaction; the cursor closes when the last one is read.
     */
    Iterable<ProposalLine> proposals(long groupId) {
        return () -> closingAtEnd(cursor.queryForStream("""
                select p.id, p.title, p.votes_for, p.votes_against, r.outcome, r.reason
                from proposal p left join proposal_response r on r.proposal_id = p.id
                where p.theme_group_id = :group and p.hidden_at is null
                order by p.votes_for desc, p.id""", new MapSqlParameterSource("group", groupId),
                (row, n) -> new ProposalLine(row.getLong(1), row.getString(2), row.getInt(3), row.getInt(4),
                        row.getString(5), row.getString(6))));
    }

    private static <T> Iterator<T> closingAtEnd(Stream<T> stream) {
        Iterator<T> rows = stream.iterator();
        return new Iterator<>() {
            private boolean closed;

            @Override
            public boolean hasNext() {
                if (closed) {
                    return false;
                }
                boolean more = rows.hasNext();
                if (!more) {
                    stream.close();
                    closed = true;
                }
                return more;
            }

            @Override
            public T next() {
                return rows.next();
            }
        };
    }
}
