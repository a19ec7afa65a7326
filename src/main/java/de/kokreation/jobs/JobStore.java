package de.kokreation.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The table {@code background_job}. Every statement runs on its own (no caller's transaction):
 * the worker must see the row the page inserted, and the page the state the worker wrote.
 */
@Component
class JobStore {

    /** Separates the arguments of a failure message in one column; never part of a message. */
    private static final String ARGUMENT_SEPARATOR = "\u001f";

    private static final String COLUMNS = "id, owner_id, kind, subject, node, state, steps_done, steps_total,"
            + " message_key, message_args, file_name, content_type, result_size, created_at, finished_at, removed_at";

    private final JdbcTemplate jdbc;
    /**
     * Progress is written while the work runs, often inside the work's own read-only transaction
     * (PostgreSQL refuses an update there): in a transaction of its own, on a connection of its own.
     */
    private final TransactionTemplate ownTransaction;

    JobStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A job row with what only the runner needs (owner, node, removal). */
    record Row(
            long ownerId,
            String node,
            @Nullable String contentType,
            @Nullable Instant removedAt,
            JobStatus status) {}

    long insert(long ownerId, JobRequest request, String node, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var insert = connection.prepareStatement(
                            "insert into background_job (owner_id, kind, subject, node, state, steps_done,"
                                    + " file_name, content_type, created_at, heartbeat_at)"
                                    + " values (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                            new String[] {"id"});
                    insert.setLong(1, ownerId);
                    insert.setString(2, request.kind().name());
                    insert.setString(3, request.subject());
                    insert.setString(4, node);
                    insert.setString(5, JobState.QUEUED.name());
                    insert.setString(6, request.fileName());
                    insert.setString(7, request.contentType());
                    insert.setTimestamp(8, Timestamp.from(now));
                    insert.setTimestamp(9, Timestamp.from(now));
                    return insert;
                },
                key);
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.query("select " + COLUMNS + " from background_job where id = ?", this::row, id).stream()
                .findFirst();
    }

    /** The owner's latest job of this kind and subject, whatever its state. */
    Optional<Row> latest(long ownerId, JobKind kind, String subject) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from background_job where owner_id = ? and kind = ? and subject = ?"
                                + " order by id desc fetch first 1 rows only",
                        this::row,
                        ownerId,
                        kind.name(),
                        subject)
                .stream()
                .findFirst();
    }

    long countActive(long ownerId) {
        Long count = jdbc.queryForObject(
                "select count(*) from background_job where owner_id = ? and state in ('QUEUED', 'RUNNING')",
                Long.class,
                ownerId);
        return count == null ? 0 : count;
    }

    /** Moves a queued job to running; false when it was cancelled meanwhile. */
    boolean started(long id, Instant now) {
        return jdbc.update(
                        "update background_job set state = 'RUNNING', started_at = ?, heartbeat_at = ?"
                                + " where id = ? and state = 'QUEUED'",
                        Timestamp.from(now),
                        Timestamp.from(now),
                        id)
                == 1;
    }

    /** Records progress; false when the job is no longer running (cancelled, perhaps from another node). */
    boolean progressed(long id, long done, @Nullable Long total, Instant now) {
        Boolean running = ownTransaction.execute(status -> jdbc.update(
                        "update background_job set steps_done = ?, steps_total = ?, heartbeat_at = ?"
                                + " where id = ? and state = 'RUNNING'",
                        done,
                        total,
                        Timestamp.from(now),
                        id)
                == 1);
        return Boolean.TRUE.equals(running);
    }

    boolean finished(long id, @Nullable Long size, long done, Instant now) {
        return jdbc.update(
                        "update background_job set state = 'DONE', result_size = ?, steps_done = ?,"
                                + " steps_total = coalesce(steps_total, ?), finished_at = ?, heartbeat_at = ?"
                                + " where id = ? and state = 'RUNNING'",
                        size,
                        done,
                        done,
                        Timestamp.from(now),
                        Timestamp.from(now),
                        id)
                == 1;
    }

    /** Ends an active job as failed or cancelled, with the message saying why. */
    boolean ended(long id, JobState state, String messageKey, List<String> arguments, Instant now) {
        return jdbc.update(
                        "update background_job set state = ?, message_key = ?, message_args = ?, finished_at = ?,"
                                + " heartbeat_at = ? where id = ? and state in ('QUEUED', 'RUNNING')",
                        state.name(),
                        messageKey,
                        arguments.isEmpty() ? null : String.join(ARGUMENT_SEPARATOR, arguments),
                        Timestamp.from(now),
                        Timestamp.from(now),
                        id)
                == 1;
    }

    /**
     * The jobs this node is really running are alive. Only those: a row whose thread died without
     * ending it gets no heartbeat and is marked failed after a while.
     */
    void heartbeat(String node, java.util.Collection<Long> runningIds, Instant now) {
        for (long id : runningIds) {
            jdbc.update(
                    "update background_job set heartbeat_at = ? where id = ? and node = ?"
                            + " and state in ('QUEUED', 'RUNNING')",
                    Timestamp.from(now),
                    id,
                    node);
        }
    }

    /** Active jobs of this node, as a restart finds them: nothing runs them any more. */
    int failOrphans(String node, Instant now) {
        return jdbc.update(
                "update background_job set state = 'FAILED', message_key = 'job.error.interrupted',"
                        + " message_args = null, finished_at = ? where node = ? and state in ('QUEUED', 'RUNNING')",
                Timestamp.from(now),
                node);
    }

    /** Active jobs whose node stopped sending heartbeats (a node that died and did not come back). */
    int failAbandoned(Instant heartbeatBefore, Instant now) {
        return jdbc.update(
                "update background_job set state = 'FAILED', message_key = 'job.error.interrupted',"
                        + " message_args = null, finished_at = ?"
                        + " where state in ('QUEUED', 'RUNNING') and heartbeat_at < ?",
                Timestamp.from(now),
                Timestamp.from(heartbeatBefore));
    }

    /** Finished jobs of this node whose file is due for removal. */
    List<Long> resultsToRemove(String node, Instant finishedBefore) {
        return jdbc.queryForList(
                "select id from background_job where node = ? and removed_at is null"
                        + " and state in ('DONE', 'FAILED', 'CANCELLED') and finished_at < ?",
                Long.class,
                node,
                Timestamp.from(finishedBefore));
    }

    void removed(List<Long> ids, Instant now) {
        for (long id : ids) {
            jdbc.update("update background_job set removed_at = ? where id = ?", Timestamp.from(now), id);
        }
    }

    /** The jobs of this node whose file may still be on disk. */
    List<Long> keptResults(String node) {
        return jdbc.queryForList(
                "select id from background_job where node = ? and state = 'DONE' and removed_at is null",
                Long.class,
                node);
    }

    int forget(Instant finishedBefore) {
        return jdbc.update(
                "delete from background_job where finished_at < ? and state in ('DONE', 'FAILED', 'CANCELLED')",
                Timestamp.from(finishedBefore));
    }

    List<Long> ofOwner(long ownerId) {
        return jdbc.queryForList("select id from background_job where owner_id = ?", Long.class, ownerId);
    }

    void deleteOfOwner(long ownerId) {
        jdbc.update("delete from background_job where owner_id = ?", ownerId);
    }

    private Row row(ResultSet rs, int rowNumber) throws SQLException {
        long total = rs.getLong("steps_total");
        Long stepsTotal = rs.wasNull() ? null : total;
        long size = rs.getLong("result_size");
        Long resultSize = rs.wasNull() ? null : size;
        String arguments = rs.getString("message_args");
        Timestamp finished = rs.getTimestamp("finished_at");
        Timestamp removed = rs.getTimestamp("removed_at");
        JobStatus status = new JobStatus(
                rs.getLong("id"),
                JobKind.valueOf(rs.getString("kind")),
                rs.getString("subject"),
                JobState.valueOf(rs.getString("state")),
                rs.getLong("steps_done"),
                stepsTotal,
                rs.getString("message_key"),
                arguments == null ? List.of() : Arrays.asList(arguments.split(ARGUMENT_SEPARATOR, -1)),
                rs.getString("file_name"),
                resultSize,
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                false);
        return new Row(
                rs.getLong("owner_id"),
                rs.getString("node"),
                rs.getString("content_type"),
                removed == null ? null : removed.toInstant(),
                status);
    }
}
