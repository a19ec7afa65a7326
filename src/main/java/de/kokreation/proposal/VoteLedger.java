package de.kokreation.proposal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the vote write path, the hottest one of the site: set-based statements sent as JDBC
 * batches inside the caller's transaction, with no entity loading, dirty checking or flushing.
 * One vote per person per proposal is kept by the unique constraint {@code uk_vote_once}; the
 * counters on {@code proposal} move by atomic increments in the same transaction as the vote rows,
 * so they always equal the rows.
 */
@Component
class VoteLedger {

    /** A person's vote on a proposal, as one row of a batch. */
    record Key(long proposalId, long voterId) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    VoteLedger(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A person's vote on a proposal, if any. */
    Optional<VoteDirection> directionOf(long proposalId, long voterId) {
        return jdbc
                .queryForList(
                        "select direction from proposal_vote where proposal_id = ? and voter_id = ?",
                        String.class,
                        proposalId,
                        voterId)
                .stream()
                .findFirst()
                .map(VoteDirection::valueOf);
    }

    /** What a vote needs to know of the proposal it is cast on. */
    record Target(long themeGroupId, boolean hidden) {}

    /** Each existing proposal among the ids, with its theme group and whether it is hidden. */
    Map<Long, Target> targetsOf(Collection<Long> proposalIds) {
        Map<Long, Target> targets = new HashMap<>();
        named.query(
                "select id, theme_group_id, hidden from proposal where id in (:ids)",
                Map.of("ids", proposalIds),
                row -> {
                    targets.put(row.getLong(1), new Target(row.getLong(2), row.getBoolean(3)));
                });
        return targets;
    }

    /**
     * Inserts each vote unless the person has one on the proposal already; per vote, whether it was
     * inserted. A concurrent first vote of the same person elsewhere passes the check too, and the
     * unique constraint then rejects the batch, which the caller retries.
     */
    boolean[] insertIfAbsent(List<Key> keys, List<VoteDirection> directions, Instant now) {
        if (keys.isEmpty()) {
            return new boolean[0];
        }
        OffsetDateTime castAt = utc(now);
        List<Object[]> rows = rows(keys, directions, (key, direction) ->
                new Object[] {key.proposalId(), key.voterId(), direction, castAt, key.proposalId(), key.voterId()});
        return changed(jdbc.batchUpdate("""
                insert into proposal_vote (proposal_id, voter_id, direction, cast_at)
                select ?, ?, ?, ? from (values (1)) one
                 where not exists (select 1 from proposal_vote where proposal_id = ? and voter_id = ?)""", rows));
    }

    /** Turns each existing vote of the other direction round; per vote, whether it did. */
    boolean[] turn(List<Key> keys, List<VoteDirection> directions, Instant now) {
        if (keys.isEmpty()) {
            return new boolean[0];
        }
        OffsetDateTime castAt = utc(now);
        List<Object[]> rows = rows(keys, directions, (key, direction) ->
                new Object[] {direction, castAt, key.proposalId(), key.voterId(), direction});
        return changed(jdbc.batchUpdate("""
                update proposal_vote set direction = ?, cast_at = ?
                 where proposal_id = ? and voter_id = ? and direction <> ?""", rows));
    }

    /** Deletes each person's vote of this direction; per vote, whether there was one. */
    boolean[] delete(List<Key> keys, VoteDirection direction) {
        if (keys.isEmpty()) {
            return new boolean[0];
        }
        List<Object[]> rows = keys.stream()
                .map(key -> new Object[] {key.proposalId(), key.voterId(), direction.name()})
                .toList();
        return changed(jdbc.batchUpdate(
                "delete from proposal_vote where proposal_id = ? and voter_id = ? and direction = ?", rows));
    }

    /**
     * Moves the counters of each proposal by its summed changes, in the order of the proposal ids.
     * The row lock on a popular proposal is where concurrent writers queue, so this is the last
     * write before the commit, and one batch changes each proposal once.
     */
    void adjustCounters(Map<Long, int[]> deltasByProposal) {
        List<Object[]> rows = deltasByProposal.entrySet().stream()
                .filter(entry -> entry.getValue()[0] != 0 || entry.getValue()[1] != 0)
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new Object[] {entry.getValue()[0], entry.getValue()[1], entry.getKey()})
                .toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(
                    "update proposal set votes_for = votes_for + ?, votes_against = votes_against + ?"
                            + " where id = ?",
                    rows);
        }
    }

    /** The counters of each proposal: {for, against}. */
    Map<Long, int[]> tallies(Collection<Long> proposalIds) {
        Map<Long, int[]> tallies = new HashMap<>();
        named.query(
                "select id, votes_for, votes_against from proposal where id in (:ids)",
                Map.of("ids", proposalIds),
                row -> {
                    tallies.put(row.getLong(1), new int[] {row.getInt(2), row.getInt(3)});
                });
        return tallies;
    }

    /** One batch row per vote, from its key and the name of its direction. */
    private static List<Object[]> rows(
            List<Key> keys, List<VoteDirection> directions, BiFunction<Key, String, Object[]> row) {
        List<Object[]> rows = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            rows.add(row.apply(keys.get(i), directions.get(i).name()));
        }
        return rows;
    }

    private static boolean[] changed(int[] counts) {
        boolean[] changed = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            changed[i] = counts[i] > 0;
        }
        return changed;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
