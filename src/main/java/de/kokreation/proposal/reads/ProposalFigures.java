package de.kokreation.proposal.reads;

import static de.kokreation.proposal.reads.ProposalVisibility.visibleComment;
import static de.kokreation.proposal.reads.ProposalVisibility.visibleProposal;

import de.kokreation.shared.Cursors;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures of the reasoned-response report, counted in the database: a handful of aggregate
 * queries and one pass over the proposals, however large the consultation. Hidden proposals and
 * hidden or deleted comments do not count. Each query reads committed data on its own, so the
 * report may run them side by side on threads of their own.
 */
@Component
public class ProposalFigures {

    private static final int FETCH_SIZE = 2000;

    private final NamedParameterJdbcTemplate jdbc;
    /** A template with a fetch size, so PostgreSQL hands out a group's proposals in batches. */
    private final NamedParameterJdbcTemplate cursor;

    ProposalFigures(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.cursor = new NamedParameterJdbcTemplate(Cursors.fetching(dataSource, FETCH_SIZE));
    }

    public record GroupFigures(long proposals, long comments, long votes) {}

    public record DayFigures(long proposals, long comments, long votes) {

        public DayFigures plus(DayFigures other) {
            return new DayFigures(proposals + other.proposals, comments + other.comments, votes + other.votes);
        }
    }

    /** A visible proposal as the report lists it; {@code outcome} is the response's enum name or {@code null}. */
    public record ProposalLine(
            long id,
            String title,
            int votesFor,
            int votesAgainst,
            @Nullable String outcome,
            @Nullable String reason) {}

    private static final String VISIBLE_P = visibleProposal("p");

    private void each(String sql, MapSqlParameterSource parameters, RowCallbackHandler handler) {
        jdbc.query(sql, parameters, handler);
    }

    public Map<Long, GroupFigures> perGroup(Collection<Long> groupIds) {
        var groups = new MapSqlParameterSource("groups", groupIds);
        Map<Long, long[]> counts = new HashMap<>();
        each("""
                select p.theme_group_id, count(*), sum(p.votes_for + p.votes_against) from proposal p
                where p.theme_group_id in (:groups) and %s group by p.theme_group_id""".formatted(VISIBLE_P), groups, row -> {
            long[] figures = counts.computeIfAbsent(row.getLong(1), id -> new long[3]);
            figures[0] = row.getLong(2);
            figures[2] = row.getLong(3);
        });
        each(
                """
                select p.theme_group_id, count(*) from proposal_comment c join proposal p on p.id = c.proposal_id
                where p.theme_group_id in (:groups) and %s and %s
                group by p.theme_group_id""".formatted(VISIBLE_P, visibleComment("c")),
                groups,
                row -> counts.computeIfAbsent(row.getLong(1), id -> new long[3])[1] = row.getLong(2));
        Map<Long, GroupFigures> figures = new HashMap<>();
        counts.forEach((id, values) -> figures.put(id, new GroupFigures(values[0], values[1], values[2])));
        return figures;
    }

    /**
     * People who took part per group: wrote a proposal or a comment, or voted. A workshop's card is
     * not its organiser's contribution (they only typed it in), so it counts nobody.
     */
    public Map<Long, Long> participantsPerGroup(Collection<Long> groupIds) {
        Map<Long, Long> participants = new HashMap<>();
        each(
                "select theme_group_id, count(distinct account_id) from (" + PARTICIPATIONS
                        + ") participation group by theme_group_id",
                new MapSqlParameterSource("groups", groupIds),
                row -> participants.put(row.getLong(1), row.getLong(2)));
        return participants;
    }

    /** People who took part in any of the groups, each counted once. */
    public long participants(Collection<Long> groupIds) {
        Long count = jdbc.queryForObject(
                "select count(distinct account_id) from (" + PARTICIPATIONS + ") participation",
                new MapSqlParameterSource("groups", groupIds),
                Long.class);
        return count == null ? 0 : count;
    }

    private static final String PARTICIPATIONS = """
            select p.theme_group_id, p.author_id as account_id from proposal p
            where p.theme_group_id in (:groups) and %1$s and p.source_meeting_id is null
            union all
            select p.theme_group_id, c.author_id from proposal_comment c join proposal p on p.id = c.proposal_id
            where p.theme_group_id in (:groups) and %2$s
            union all
            select p.theme_group_id, v.voter_id from proposal_vote v join proposal p on p.id = v.proposal_id
            where p.theme_group_id in (:groups) and v.voter_id is not null""".formatted(VISIBLE_P, visibleComment("c"));

    public long hiddenProposals(Collection<Long> groupIds) {
        Long count = jdbc.queryForObject(
                "select count(*) from proposal p where p.theme_group_id in (:groups)" + " and not (" + VISIBLE_P + ")",
                new MapSqlParameterSource("groups", groupIds),
                Long.class);
        return count == null ? 0 : count;
    }

    /** New proposals, comments and votes per day, in order. */
    public TreeMap<LocalDate, DayFigures> perDay(Collection<Long> groupIds) {
        var groups = new MapSqlParameterSource("groups", groupIds);
        TreeMap<LocalDate, DayFigures> days = new TreeMap<>();
        each(
                """
                select cast(p.created_at as date), count(*) from proposal p
                where p.theme_group_id in (:groups) and %s group by cast(p.created_at as date)""".formatted(VISIBLE_P),
                groups,
                row -> days.merge(
                        row.getObject(1, LocalDate.class), new DayFigures(row.getLong(2), 0, 0), DayFigures::plus));
        each(
                """
                select cast(c.created_at as date), count(*) from proposal_comment c
                join proposal p on p.id = c.proposal_id
                where p.theme_group_id in (:groups) and %s and %s
                group by cast(c.created_at as date)""".formatted(VISIBLE_P, visibleComment("c")),
                groups,
                row -> days.merge(
                        row.getObject(1, LocalDate.class), new DayFigures(0, row.getLong(2), 0), DayFigures::plus));
        each(
                """
                select cast(v.cast_at as date), count(*) from proposal_vote v join proposal p on p.id = v.proposal_id
                where p.theme_group_id in (:groups) and %s group by cast(v.cast_at as date)""".formatted(VISIBLE_P),
                groups,
                row -> days.merge(
                        row.getObject(1, LocalDate.class), new DayFigures(0, 0, row.getLong(2)), DayFigures::plus));
        return days;
    }

    /** Visible proposals per group and response outcome; unanswered ones under the empty string. */
    public Map<Long, Map<String, Long>> outcomes(Collection<Long> groupIds) {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        each(
                """
                select p.theme_group_id, coalesce(r.outcome, ''), count(*) from proposal p
                left join proposal_response r on r.proposal_id = p.id
                where p.theme_group_id in (:groups) and %s
                group by p.theme_group_id, coalesce(r.outcome, '')""".formatted(VISIBLE_P),
                new MapSqlParameterSource("groups", groupIds),
                row -> counts.computeIfAbsent(row.getLong(1), id -> new HashMap<>())
                        .put(row.getString(2), row.getLong(3)));
        return counts;
    }

    /**
     * The visible proposals of a group, most supported first, read through a cursor while they
     * are iterated: the report writes 100,000 of them without holding them. Iterate once, inside
     * a transaction; the cursor closes when the last one is read.
     */
    public Iterable<ProposalLine> proposals(long groupId) {
        return () -> closingAtEnd(cursor.queryForStream(
                """
                select p.id, p.title, p.votes_for, p.votes_against, r.outcome, r.reason
                from proposal p left join proposal_response r on r.proposal_id = p.id
                where p.theme_group_id = :group and %s
                order by p.votes_for desc, p.id""".formatted(VISIBLE_P),
                new MapSqlParameterSource("group", groupId),
                (row, n) -> new ProposalLine(
                        row.getLong(1),
                        row.getString(2),
                        row.getInt(3),
                        row.getInt(4),
                        row.getString(5),
                        row.getString(6))));
    }

    /** The visible ones of the given proposals, most supported first. */
    public List<ProposalLine> visibleLines(Collection<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return List.of();
        }
        return jdbc.getJdbcTemplate()
                .query(
                        Cursors.withIds("""
                                select p.id, p.title, p.votes_for, p.votes_against, r.outcome, r.reason
                                from proposal p left join proposal_response r on r.proposal_id = p.id
                                where p.id = any(?) and %s order by p.votes_for desc, p.id""".formatted(VISIBLE_P), proposalIds),
                        (row, n) -> new ProposalLine(
                                row.getLong(1),
                                row.getString(2),
                                row.getInt(3),
                                row.getInt(4),
                                row.getString(5),
                                row.getString(6)));
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
