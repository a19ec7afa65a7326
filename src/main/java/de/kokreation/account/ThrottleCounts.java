package de.kokreation.account;

import de.kokreation.shared.search.TextQuery;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The throttles' counts, kept in the database (table {@code throttle}) so that every node of a
 * cluster counts the same attempts and a restart forgets nothing.
 *
 * <p>{@link #update} locks the rows of the keys it is given (in key order, so that two updates
 * never wait for each other crosswise) for the time of the caller's work: two attempts, on one
 * node or on two, cannot both pass a check before either is counted. A key's row is made once,
 * as already forgotten, and is forgotten again rather than deleted, so that a waiting update
 * never finds its row gone; {@link #forgetOld} deletes what nobody counted for a day.
 */
@Component
class ThrottleCounts {

    /** A count and when it was last counted. */
    record Count(double amount, Instant at) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean postgres;

    ThrottleCounts(DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.postgres = TextQuery.Dialect.of(dataSource) == TextQuery.Dialect.POSTGRESQL;
    }

    /**
     * Runs {@code work} over the current counts of {@code keys} (absent when forgotten), with
     * the keys locked until it returns; what the work leaves in the map is written back and
     * forgotten {@code forgetAfter} later, what it removes is forgotten now. Joins the caller's
     * transaction, if any, and then holds the locks until it ends.
     */
    <T> T update(Collection<String> keys, Duration forgetAfter, Function<Map<String, Count>, T> work) {
        Map<String, String> byStored = new HashMap<>();
        for (String key : keys) {
            byStored.put(stored(key), key);
        }
        SortedSet<String> sorted = new TreeSet<>(byStored.keySet());
        return transaction.execute(status -> {
            Instant now = clock.instant();
            for (String key : sorted) {
                createForgotten(key, now);
            }
            Map<String, Count> counts = new HashMap<>();
            List<Object> arguments = new ArrayList<>(sorted);
            jdbc.query(
                    "select throttle_key, amount, counted_at, forget_at from throttle where throttle_key in ("
                            + String.join(", ", sorted.stream().map(key -> "?").toList())
                            + ") order by throttle_key for update",
                    row -> {
                        if (row.getTimestamp(4).toInstant().isAfter(now)) {
                            counts.put(
                                    byStored.get(row.getString(1)),
                                    new Count(
                                            row.getDouble(2),
                                            row.getTimestamp(3).toInstant()));
                        }
                    },
                    arguments.toArray());
            Map<String, Count> before = Map.copyOf(counts);
            T result = work.apply(counts);
            for (String storedKey : sorted) {
                String key = byStored.get(storedKey);
                Count after = counts.get(key);
                if (after == null && before.containsKey(key)) {
                    write(storedKey, new Count(0, now), forgotten(now));
                } else if (after != null && !after.equals(before.get(key))) {
                    write(storedKey, after, after.at().plus(forgetAfter));
                }
            }
            return result;
        });
    }

    /**
     * Takes one token from the bucket under {@code key}, which holds up to {@code capacity} and
     * gains one each {@code refill}; false when it is empty. A burst passes, a steady stream
     * beyond the refill rate does not.
     */
    boolean takeToken(String key, int capacity, Duration refill) {
        Duration full = refill.multipliedBy(capacity);
        return update(List.of(key), full, buckets -> {
            Instant now = clock.instant();
            Count bucket = buckets.get(key);
            double tokens = capacity;
            if (bucket != null) {
                double refilled = (double) Duration.between(bucket.at(), now).toMillis() / refill.toMillis();
                tokens = Math.min(capacity, bucket.amount() + Math.max(0, refilled));
            }
            boolean granted = tokens >= 1;
            buckets.put(key, new Count(granted ? tokens - 1 : tokens, now));
            return granted;
        });
    }

    /** Keys as stored: long ones (a long address) by their digest, within the column's size. */
    private static String stored(String key) {
        if (key.length() <= 200) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            // A readable beginning, cut between characters, never inside one (an emoji is two chars).
            String beginning = key.substring(0, key.offsetByCodePoints(0, 40));
            return beginning + "#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }

    /** Deletes the counts forgotten for a day (any node may run it, as often as it likes). */
    int forgetOld() {
        return jdbc.update(
                "delete from throttle where forget_at < ?",
                Timestamp.from(clock.instant().minus(Duration.ofDays(1))));
    }

    /**
     * A time at which a count counts as forgotten: a second before now, since the database may
     * round a time to its precision, and now itself could come back as a little later.
     */
    private static Instant forgotten(Instant now) {
        return now.minusSeconds(1);
    }

    private void createForgotten(String key, Instant now) {
        Timestamp at = Timestamp.from(forgotten(now));
        if (postgres) {
            jdbc.update(
                    "insert into throttle (throttle_key, amount, counted_at, forget_at) values (?, 0, ?, ?)"
                            + " on conflict (throttle_key) do nothing",
                    key,
                    at,
                    at);
            return;
        }
        try {
            jdbc.update(
                    "insert into throttle (throttle_key, amount, counted_at, forget_at) select ?, 0, ?, ?"
                            + " where not exists (select 1 from throttle where throttle_key = ?)",
                    key,
                    at,
                    at,
                    key);
        } catch (DuplicateKeyException madeMeanwhile) {
            // H2 fails the statement only, not the transaction: the row is there now
        }
    }

    private void write(String key, Count count, Instant forgetAt) {
        if (updateRow(key, count, forgetAt) == 0) {
            // deleted by forgetOld between the lock and now: counted anew
            createForgotten(key, count.at());
            updateRow(key, count, forgetAt);
        }
    }

    private int updateRow(String key, Count count, Instant forgetAt) {
        return jdbc.update(
                "update throttle set amount = ?, counted_at = ?, forget_at = ? where throttle_key = ?",
                count.amount(),
                Timestamp.from(count.at()),
                Timestamp.from(forgetAt),
                key);
    }
}
