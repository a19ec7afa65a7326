package de.kokreation.voting;

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

/**
 * Runs the statements of a {@link VoteTable} on the vote write path, the hottest one of the site:
 * set-based statements sent as JDBC batches inside the caller's transaction, with no entity
 * loading, dirty checking or flushing. One vote per person per target is kept by the table's
 * unique constraint; the counters move by atomic increments in the same transaction as the vote
 * rows, so they always equal the rows.
 */
final class VoteLedger {

    /** A person's vote on a target, as one row of a batch. */
    record Key(long targetId, long voterId) {}

    private final VoteTable table;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    VoteLedger(VoteTable table, DataSource dataSource) {
        this.table = table;
        this.jdbc = new JdbcTemplate(dataSource);
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** A person's vote on a target, if any. */
    Optional<VoteDirection> directionOf(long targetId, long voterId) {
        return jdbc.queryForList(table.directionOf(), String.class, targetId, voterId).stream()
                .findFirst()
                .map(VoteDirection::valueOf);
    }

    /**
     * Inserts each vote unless the person has one on the target already; per vote, whether it was
     * inserted. A concurrent first vote of the same person elsewhere passes the check too, and the
     * unique constraint then rejects the batch, which the caller retries.
     */
    boolean[] insertIfAbsent(List<Key> keys, List<VoteDirection> directions, Instant now) {
        if (keys.isEmpty()) {
            return new boolean[0];
        }
        OffsetDateTime castAt = utc(now);
        List<Object[]> rows = rows(keys, directions, (key, direction) ->
                new Object[] {key.targetId(), key.voterId(), direction, castAt, key.targetId(), key.voterId()});
        return changed(jdbc.batchUpdate(table.insertIfAbsent(), rows));
    }

    /** Turns each existing vote of the other direction round; per vote, whether it did. */
    boolean[] turn(List<Key> keys, List<VoteDirection> directions, Instant now) {
        if (keys.isEmpty()) {
            return new boolean[0];
        }
        OffsetDateTime castAt = utc(now);
        List<Object[]> rows = rows(keys, directions, (key, direction) ->
                new Object[] {direction, castAt, key.targetId(), key.voterId(), direction});
        return changed(jdbc.batchUpdate(table.turn(), rows));
    }

    /** Deletes each person's vote of this direction; per vote, whether there was one. */
    boolean[] delete(List<Key> keys, VoteDirection direction) {
        if (keys.isEmpty()) {
            return new boolean[0];
        }
        List<Object[]> rows = keys.stream()
                .map(key -> new Object[] {key.targetId(), key.voterId(), direction.name()})
                .toList();
        return changed(jdbc.batchUpdate(table.delete(), rows));
    }

    /**
     * Moves the counters of each target by its summed changes, in the order of the target ids.
     * The row lock on a popular target is where concurrent writers queue, so this is the last
     * write before the commit, and one batch changes each target once.
     */
    void adjustCounters(Map<Long, int[]> deltasByTarget) {
        List<Object[]> rows = deltasByTarget.entrySet().stream()
                .filter(entry -> entry.getValue()[0] != 0 || entry.getValue()[1] != 0)
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new Object[] {entry.getValue()[0], entry.getValue()[1], entry.getKey()})
                .toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(table.adjustCounters(), rows);
        }
    }

    /** The counters of each target: {for, against}. */
    Map<Long, int[]> tallies(Collection<Long> targetIds) {
        Map<Long, int[]> tallies = new HashMap<>();
        named.query(table.counters(), Map.of("ids", targetIds), row -> {
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
