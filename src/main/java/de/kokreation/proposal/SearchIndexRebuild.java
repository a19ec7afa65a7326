package de.kokreation.proposal;

import de.kokreation.account.CurrentUser;
import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobCancelledException;
import de.kokreation.jobs.JobKind;
import de.kokreation.jobs.JobProgress;
import de.kokreation.jobs.JobRequest;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.search.SearchTerms;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An operator's rebuild of the search index: the stored terms of every proposal and comment made
 * again from their texts (PostgreSQL's vectors follow by trigger), in batches of their own
 * transaction, as a background job ({@link JobKind#SEARCH_INDEX_REBUILD}) of the admin who started
 * it. Search keeps working meanwhile, on the old terms until a row's new ones are committed. The
 * cursors and the progress live in {@code search_rebuild}, so every node shows them; a node that
 * stops mid-way (crash, update) leaves its cursors behind and another node goes on from them, as a
 * job of the same admin, once the heartbeat is older than {@link #ABANDONED_AFTER}. At most one
 * rebuild runs at a time; any admin may cancel it.
 */
@Service
public class SearchIndexRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexRebuild.class);
    private static final int BATCH = 500;
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    /**
     * A rebuild's state: {@code done} of {@code total} rows so far; finished when {@code finishedAt}
     * is set, by the end of the texts, by an admin ({@code cancelled}) or by a failure.
     */
    public record Progress(
            long id, Instant startedAt, @Nullable Instant finishedAt, long total, long done, boolean cancelled) {

        public boolean running() {
            return finishedAt == null;
        }

        /** Finished with every text made again; a rebuild that failed or was cancelled stops short of it. */
        public boolean complete() {
            return finishedAt != null && !cancelled && done >= total;
        }
    }

    private record Cursors(long proposal, long comment) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final BackgroundJobs jobs;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    SearchIndexRebuild(
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            BackgroundJobs jobs,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactionManager);
        this.jobs = jobs;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Starts a rebuild on this node; refused while one runs (on any node). */
    @PreAuthorize("hasRole('ADMIN')")
    public Progress start() {
        Instant now = clock.instant();
        long admin = currentUser.require().accountId();
        Long id = transaction.execute(status -> {
            long total = count("proposal") + count("proposal_comment");
            try {
                jdbc.update(
                        "insert into search_rebuild (running, node, started_at, heartbeat_at, total, started_by)"
                                + " values (1, ?, ?, ?, ?, ?)",
                        node,
                        Timestamp.from(now),
                        Timestamp.from(now),
                        total,
                        admin);
            } catch (DuplicateKeyException running) {
                throw new DomainException("searchIndex.error.running");
            }
            return jdbc.queryForObject("select id from search_rebuild where running = 1", Long.class);
        });
        try {
            jobs.start(job(Objects.requireNonNull(id)));
        } catch (RuntimeException refused) {
            // the runner refused (its queue full, the admin's jobs too many): no row may stay
            // running without work, and none may say a rebuild failed that never began
            jdbc.update("delete from search_rebuild where id = ?", id);
            throw refused;
        }
        return latestProgress().orElseThrow();
    }

    /** Cancels the running rebuild (started by any admin, on any node); it stops after its batch. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Progress> cancel() {
        Instant now = clock.instant();
        jdbc.update(
                "update search_rebuild set running = null, finished_at = ?, cancelled_at = ? where running = 1",
                Timestamp.from(now),
                Timestamp.from(now));
        return latestProgress();
    }

    /** The latest rebuild, running or finished. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<Progress> latest() {
        return latestProgress();
    }

    Optional<Progress> latestProgress() {
        return progress("order by id desc fetch first 1 rows only");
    }

    private Progress progressOf(long id) {
        return progress("where id = ?", id).orElseThrow();
    }

    private Optional<Progress> progress(String which, Object... arguments) {
        return jdbc
                .query(
                        "select id, started_at, finished_at, total, done, cancelled_at from search_rebuild " + which,
                        (row, n) -> new Progress(
                                row.getLong(1),
                                row.getTimestamp(2).toInstant(),
                                row.getTimestamp(3) == null
                                        ? null
                                        : row.getTimestamp(3).toInstant(),
                                row.getLong(4),
                                row.getLong(5),
                                row.getTimestamp(6) != null),
                        arguments)
                .stream()
                .findFirst();
    }

    /** Takes over a rebuild whose node stopped sending its heartbeat. */
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    void resumeAbandoned() {
        Instant now = clock.instant();
        List<Long> abandoned = jdbc.queryForList(
                "select id from search_rebuild where running = 1 and heartbeat_at < ?",
                Long.class,
                Timestamp.from(now.minus(ABANDONED_AFTER)));
        for (long id : abandoned) {
            int taken = jdbc.update(
                    "update search_rebuild set node = ?, heartbeat_at = ? where id = ? and running = 1"
                            + " and heartbeat_at < ?",
                    node,
                    Timestamp.from(now),
                    id,
                    Timestamp.from(now.minus(ABANDONED_AFTER)));
            if (taken == 1) {
                LOG.info("Going on with search index rebuild {}, left by another node", id);
                Long admin = jdbc.queryForObject("select started_by from search_rebuild where id = ?", Long.class, id);
                // a rebuild begun before rebuilds were jobs has no admin: it is finished all the same,
                // as a job nobody sees (owner 0), or it would block every rebuild after it
                try {
                    jobs.startUnattended(admin == null ? 0 : admin, job(id));
                } catch (RuntimeException refused) {
                    // no place on this node: after another ABANDONED_AFTER any node with room takes it up
                    LOG.warn("Search index rebuild {} is left to another node: {}", id, refused.getMessage());
                }
            }
        }
    }

    private JobRequest job(long id) {
        return JobRequest.task(JobKind.SEARCH_INDEX_REBUILD, "search-index:" + id, progress -> rebuild(id, progress));
    }

    /** The job's work: batch after batch until the texts end, an admin cancels, or another node took over. */
    private void rebuild(long id, JobProgress progress) {
        Progress before = progressOf(id);
        progress.total(before.total());
        progress.advance(before.done());
        try {
            int rows;
            while ((rows = batch(id)) > 0) {
                progress.advance(rows);
            }
        } catch (JobCancelledException cancelled) {
            stop(id, true);
            throw cancelled;
        } catch (RuntimeException failed) {
            // A text that cannot be analysed would fail every retry: the rebuild stops, says so,
            // and an admin may start it again after a look at the log.
            LOG.error("Search index rebuild {} failed and stopped", id, failed);
            stop(id, false);
            throw failed;
        }
        Progress after = progressOf(id);
        if (after.cancelled()) {
            throw new JobCancelledException();
        }
        progress.total(after.total());
    }

    private void stop(long id, boolean cancelled) {
        try {
            Instant now = clock.instant();
            Timestamp at = Timestamp.from(now);
            String ending = "update search_rebuild set running = null, finished_at = ?, heartbeat_at = ?"
                    + (cancelled ? ", cancelled_at = ?" : "")
                    + " where id = ? and node = ? and running = 1";
            jdbc.update(ending, cancelled ? new Object[] {at, at, at, id, node} : new Object[] {at, at, id, node});
        } catch (RuntimeException unreachable) {
            // The database is gone: the heartbeat stops, and another node takes the rebuild up.
            LOG.warn("Search index rebuild {} could not be marked as stopped", id, unreachable);
        }
    }

    /** One batch of rows in its own transaction; how many rows it did (0: nothing more for this node). */
    int batch(long id) {
        Integer rows = transaction.execute(status -> {
            // The lock keeps two nodes from writing the same batch; the node column says whose it is.
            List<Cursors> owned = jdbc.query(
                    "select proposal_cursor, comment_cursor from search_rebuild where id = ? and running = 1"
                            + " and node = ? for update",
                    (row, n) -> new Cursors(row.getLong(1), row.getLong(2)),
                    id,
                    node);
            if (owned.isEmpty()) {
                return 0;
            }
            Cursors cursors = owned.getFirst();
            Instant now = clock.instant();
            List<Object[]> proposals = jdbc.query(
                    // Locked: an edit committing meanwhile would otherwise get the old text's terms.
                    "select id, title, body_html from proposal where id > ? order by id fetch first " + BATCH
                            + " rows only for update",
                    (row, n) -> new Object[] {
                        ProposalSearchTerms.proposalTerms(row.getString(2), row.getString(3)),
                        SearchTerms.ANALYSIS_VERSION,
                        row.getLong(1)
                    },
                    cursors.proposal());
            if (!proposals.isEmpty()) {
                jdbc.batchUpdate("update proposal set search_terms = ?, search_version = ? where id = ?", proposals);
                advance(id, proposals.size(), (long) proposals.getLast()[2], cursors.comment(), now);
                return proposals.size();
            }
            List<Object[]> comments = jdbc.query(
                    "select id, body from proposal_comment where id > ? order by id fetch first " + BATCH
                            + " rows only for update",
                    (row, n) -> new Object[] {
                        ProposalSearchTerms.commentTerms(row.getString(2)), SearchTerms.ANALYSIS_VERSION, row.getLong(1)
                    },
                    cursors.comment());
            if (!comments.isEmpty()) {
                jdbc.batchUpdate(
                        "update proposal_comment set search_terms = ?, search_version = ? where id = ?", comments);
                advance(id, comments.size(), cursors.proposal(), (long) comments.getLast()[2], now);
                return comments.size();
            }
            jdbc.update(
                    "update search_rebuild set running = null, finished_at = ?, heartbeat_at = ?, done = total"
                            + " where id = ?",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    id);
            LOG.info("Search index rebuild {} finished", id);
            return 0;
        });
        return rows == null ? 0 : rows;
    }

    private void advance(long id, int rows, long proposalCursor, long commentCursor, Instant now) {
        // Rows added meanwhile are counted too; the bar never runs past its end.
        jdbc.update(
                "update search_rebuild set done = done + ?, total = case when done + ? > total then done + ?"
                        + " else total end, proposal_cursor = ?, comment_cursor = ?, heartbeat_at = ? where id = ?",
                rows,
                rows,
                rows,
                proposalCursor,
                commentCursor,
                Timestamp.from(now),
                id);
    }

    private long count(String table) {
        Long count = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return count == null ? 0 : count;
    }
}
