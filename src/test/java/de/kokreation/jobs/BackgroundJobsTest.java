package de.kokreation.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NodeName;
import de.kokreation.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The job runner: states, progress, joining, cancelling, limits, failures, restarts and clean-up. */
@IntegrationTest
@Tag("database")
class BackgroundJobsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    JobHousekeeping housekeeping;

    @Autowired
    JobFiles files;

    @Autowired
    NodeName node;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final List<CountDownLatch> gates = new CopyOnWriteArrayList<>();

    @AfterEach
    void openGatesAndLogOut() {
        gates.forEach(CountDownLatch::countDown);
        fixtures.logout();
    }

    @Test
    void aJobWritesItsFileReportsProgressAndIsDownloadedByItsOwner() throws IOException {
        UserAccount owner = fixtures.citizen();
        fixtures.loginAs(owner);
        JobStatus started = jobs.start(request("ok-" + Fixtures.next(), (progress, out) -> {
            progress.total(3);
            for (int i = 0; i < 3; i++) {
                out.write(("Zeile " + i + " – äöü\n").getBytes(StandardCharsets.UTF_8));
                progress.advance(1);
            }
        }));

        JobStatus done = awaitEnd(started.id());
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.stepsDone()).isEqualTo(3);
        assertThat(done.stepsTotal()).isEqualTo(3);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.downloadable()).isTrue();
        JobFile file = jobs.file(done.id());
        assertThat(file.fileName()).isEqualTo("ergebnis.txt");
        assertThat(file.contentType()).isEqualTo("text/plain");
        try (InputStream in = file.open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("Zeile 0 – äöü");
        }
        assertThat(done.resultSize()).isEqualTo(file.size());
        assertThat(Files.exists(files.partial(done.id()))).isFalse();
    }

    @Test
    void aTaskLeavesNoFileAndAJobStartedUnattendedRunsWithoutRightsForItsOwner() {
        UserAccount owner = fixtures.citizen();
        fixtures.loginAs(owner);
        JobStatus task =
                awaitEnd(jobs.start(JobRequest.task(JobKind.DRAFT_EXPORT, "task-" + Fixtures.next(), progress -> {
                            progress.total(2);
                            progress.advance(2);
                        }))
                        .id());
        assertThat(task.state()).isEqualTo(JobState.DONE);
        assertThat(task.stepsDone()).isEqualTo(2);
        assertThat(task.fileName()).isNull();
        assertThat(task.resultSize()).isNull();
        assertThat(task.downloadable()).isFalse();
        assertThatThrownBy(() -> jobs.file(task.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("job.error.fileGone");
        assertThat(Files.exists(files.partial(task.id()))).isFalse();
        assertThat(Files.exists(files.result(task.id()))).isFalse();

        fixtures.logout();
        java.util.concurrent.atomic.AtomicReference<Object> rights =
                new java.util.concurrent.atomic.AtomicReference<>("unset");
        JobStatus unattended = jobs.startUnattended(
                owner.id(),
                JobRequest.task(
                        JobKind.DRAFT_EXPORT,
                        "unattended-" + Fixtures.next(),
                        progress -> rights.set(java.util.Objects.requireNonNullElse(
                                org.springframework.security.core.context.SecurityContextHolder.getContext()
                                        .getAuthentication(),
                                "none"))));
        fixtures.loginAs(owner);
        assertThat(awaitEnd(unattended.id()).state()).isEqualTo(JobState.DONE);
        assertThat(rights.get()).isEqualTo("none");
        // a person's request never starts a job without rights
        assertThatThrownBy(() -> jobs.startUnattended(
                        owner.id(), JobRequest.task(JobKind.DRAFT_EXPORT, "sneaky-" + Fixtures.next(), progress -> {})))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theSameJobLeftActiveOnAnotherNodeIsNotJoined() {
        UserAccount owner = fixtures.citizen();
        fixtures.loginAs(owner);
        String subject = "failover-" + Fixtures.next();
        // the owner's job on a node that died: its row stays active until the others mark it failed
        jdbc.update(
                "insert into background_job (owner_id, kind, subject, node, state, steps_done, created_at,"
                        + " heartbeat_at) values (?, 'DRAFT_EXPORT', ?, 'gone-node', 'RUNNING', 0, ?, ?)",
                owner.id(),
                subject,
                java.sql.Timestamp.from(java.time.Instant.now()),
                java.sql.Timestamp.from(java.time.Instant.now()));
        long left = jdbc.queryForObject("select id from background_job where subject = ?", Long.class, subject);

        JobStatus here = jobs.start(JobRequest.task(JobKind.DRAFT_EXPORT, subject, progress -> progress.total(1)));

        assertThat(here.id()).isNotEqualTo(left);
        assertThat(awaitEnd(here.id()).state()).isEqualTo(JobState.DONE);
        jdbc.update("update background_job set state = 'FAILED' where id = ?", left);
    }

    /** A report reads in a read-only transaction; PostgreSQL refuses updates there, progress must still be kept. */
    @Test
    void workInsideAReadOnlyTransactionReportsItsProgress() {
        fixtures.loginAs(fixtures.citizen());
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        JobStatus started = jobs.start(request(
                "read-only-" + Fixtures.next(),
                (progress, out) -> readOnly.executeWithoutResult(status -> {
                    progress.total(5);
                    for (int i = 0; i < 5; i++) {
                        jdbc.queryForObject("select count(*) from background_job", Long.class);
                        progress.advance(1);
                        pause(300); // so that the progress is written (at most once a second)
                    }
                })));

        JobStatus done = awaitEnd(started.id());
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.stepsDone()).isEqualTo(5);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void onlyTheOwnerSeesCancelsOrDownloadsAJob() {
        UserAccount owner = fixtures.citizen();
        fixtures.loginAs(owner);
        JobStatus done = awaitEnd(jobs.start(request("mine-" + Fixtures.next(), (progress, out) -> out.write(1)))
                .id());

        fixtures.loginAs(fixtures.citizen());
        assertThatThrownBy(() -> jobs.status(done.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> jobs.file(done.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> jobs.cancel(done.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> jobs.listen(done.id(), status -> {})).isInstanceOf(NotFoundException.class);
        fixtures.logout();
        assertThatThrownBy(() -> jobs.status(done.id())).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void startingTheSameJobAgainWhileItRunsJoinsIt() {
        fixtures.loginAs(fixtures.citizen());
        CountDownLatch gate = gate();
        String subject = "same-" + Fixtures.next();
        JobStatus first = jobs.start(request(subject, blockedUntil(gate)));
        JobStatus second = jobs.start(request(subject, blockedUntil(gate)));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(jdbc.queryForObject("select count(*) from background_job where subject = ?", Long.class, subject))
                .isEqualTo(1);
        gate.countDown();
        assertThat(awaitEnd(first.id()).state()).isEqualTo(JobState.DONE);
        // once ended, starting again makes a new one (the data may have changed)
        assertThat(jobs.start(request(subject, (progress, out) -> {})).id()).isNotEqualTo(first.id());
    }

    @Test
    void aCancelledJobStopsAtItsNextStepAndLeavesNoFile() {
        fixtures.loginAs(fixtures.citizen());
        CountDownLatch cancelled = gate();
        JobStatus started = jobs.start(request("cancel-" + Fixtures.next(), (progress, out) -> {
            progress.total(1_000_000);
            for (int i = 0; i < 1_000_000; i++) {
                out.write(i);
                progress.advance(1);
                if (i == 10) {
                    pass(cancelled);
                }
            }
        }));
        await().atMost(PATIENCE)
                .pollInSameThread()
                .until(() -> jobs.status(started.id()).state() == JobState.RUNNING);

        JobStatus cancelling = jobs.cancel(started.id());
        cancelled.countDown();

        assertThat(cancelling.state()).isEqualTo(JobState.CANCELLED);
        JobStatus ended = awaitEnd(started.id());
        assertThat(ended.state()).isEqualTo(JobState.CANCELLED);
        assertThat(ended.messageKey()).isEqualTo("job.cancelled");
        await().atMost(PATIENCE).pollInSameThread().until(() -> !Files.exists(files.partial(started.id())));
        assertThat(Files.exists(files.result(started.id()))).isFalse();
        assertThatThrownBy(() -> jobs.file(started.id())).isInstanceOf(DomainException.class);
    }

    @Test
    void aFailingJobKeepsItsMessageAndNoFile() {
        fixtures.loginAs(fixtures.citizen());
        JobStatus started = jobs.start(request("fail-" + Fixtures.next(), (progress, out) -> {
            out.write(new byte[1000]);
            throw new DomainException("export.error.notPermitted");
        }));

        JobStatus failed = awaitEnd(started.id());
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.messageKey()).isEqualTo("export.error.notPermitted");
        assertThat(failed.downloadable()).isFalse();
        assertThat(Files.exists(files.partial(started.id()))).isFalse();

        JobStatus unexpected = awaitEnd(jobs.start(request("crash-" + Fixtures.next(), (progress, out) -> {
                    throw new IllegalStateException("a bug");
                }))
                .id());
        assertThat(unexpected.messageKey()).isEqualTo("error.unexpected");
        assertThat(unexpected.messageArguments()).hasSize(1); // the reference in the log
    }

    @Test
    void aJobThatCannotWriteItsFileSaysTheServerCouldNotStoreIt() throws IOException {
        fixtures.loginAs(fixtures.citizen());
        Path directory = files.directory();
        Path aside = directory.resolveSibling(directory.getFileName() + "-aside");
        Files.move(directory, aside);
        Files.writeString(directory, "not a directory"); // refused even to root, unlike permissions
        try {
            JobStatus failed = awaitEnd(jobs.start(request("disk-" + Fixtures.next(), (progress, out) -> out.write(1)))
                    .id());
            assertThat(failed.state()).isEqualTo(JobState.FAILED);
            assertThat(failed.messageKey()).isEqualTo("job.error.disk");
        } finally {
            Files.delete(directory);
            Files.move(aside, directory);
        }
    }

    @Test
    void aKindRunsAtMostItsLimitAtOnceTheRestWaits() {
        int limit = jobs.limit(JobKind.STATUS_REPORT);
        List<JobStatus> started = new CopyOnWriteArrayList<>();
        CountDownLatch gate = gate();
        for (int i = 0; i <= limit; i++) {
            // separate owners: one owner may have three jobs at once
            fixtures.loginAs(fixtures.citizen());
            started.add(jobs.start(new JobRequest(
                    JobKind.STATUS_REPORT, "limit-" + Fixtures.next(), "s.txt", "text/plain", blockedUntil(gate))));
        }
        await().atMost(PATIENCE)
                .pollInSameThread()
                .until(() -> jdbc.queryForObject(
                                "select count(*) from background_job where kind = 'STATUS_REPORT' and state = 'RUNNING'",
                                Long.class)
                        == limit);
        // the last one waits for a place
        assertThat(jdbc.queryForObject(
                        "select state from background_job where id = ?",
                        String.class,
                        started.getLast().id()))
                .isEqualTo("QUEUED");
        assertThat(jobs.load(JobKind.STATUS_REPORT)).isEqualTo(limit + 1);
        // one more, cancelled while it waits: it leaves the queue and frees no place it never had
        fixtures.loginAs(fixtures.citizen());
        JobStatus waiting = jobs.start(new JobRequest(
                JobKind.STATUS_REPORT, "limit-" + Fixtures.next(), "s.txt", "text/plain", blockedUntil(gate)));
        jobs.cancel(waiting.id());
        await().atMost(PATIENCE).pollInSameThread().until(() -> jobs.load(JobKind.STATUS_REPORT) == limit + 1);
        gate.countDown();
        await().atMost(PATIENCE)
                .pollInSameThread()
                .until(() -> jdbc.queryForObject(
                                "select count(*) from background_job where kind = 'STATUS_REPORT' and state = 'DONE'"
                                        + " and id >= ?",
                                Long.class,
                                started.getFirst().id())
                        >= limit + 1);
        await().atMost(PATIENCE).pollInSameThread().until(() -> jobs.load(JobKind.STATUS_REPORT) == 0);
    }

    @Test
    void oneOwnerHasAtMostThreeJobsRunning() {
        fixtures.loginAs(fixtures.citizen());
        CountDownLatch gate = gate();
        for (int i = 0; i < 3; i++) {
            jobs.start(request("many-" + Fixtures.next(), blockedUntil(gate)));
        }
        assertThatThrownBy(() -> jobs.start(request("many-" + Fixtures.next(), blockedUntil(gate))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("job.error.tooMany");
    }

    @Test
    void pagesHearOfProgressAndTheEnd() {
        fixtures.loginAs(fixtures.citizen());
        CountDownLatch gate = gate();
        JobStatus started = jobs.start(request("listen-" + Fixtures.next(), (progress, out) -> {
            progress.total(2);
            pass(gate);
            progress.advance(2);
        }));
        List<JobStatus> heard = new CopyOnWriteArrayList<>();
        Runnable stop = jobs.listen(started.id(), heard::add);
        gate.countDown();
        await().atMost(PATIENCE).pollInSameThread().until(() -> heard.getLast().state() == JobState.DONE);
        stop.run();
        assertThat(heard.getFirst().state().isActive()).isTrue();
        assertThat(heard.getLast().downloadable()).isTrue();
    }

    @Test
    void aRestartMarksTheNodesUnfinishedJobsFailedAndAnotherNodesSilentJobsToo() {
        UserAccount owner = fixtures.citizen();
        Instant now = Instant.now();
        long mine = orphan(owner, node.name(), now);
        long abandoned = orphan(owner, "another-node", now.minus(Duration.ofHours(1)));
        long alive = orphan(owner, "a-third-node", now);
        long deadThread = orphan(owner, node.name(), now.minus(Duration.ofHours(1)));

        // without a restart first: a row of this node whose thread died gets no heartbeat
        housekeeping.keepTrue();
        assertThat(state(deadThread)).isEqualTo("FAILED");
        housekeeping.afterRestart();

        assertThat(state(mine)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select message_key from background_job where id = ?", String.class, mine))
                .isEqualTo("job.error.interrupted");
        assertThat(state(abandoned)).isEqualTo("FAILED");
        assertThat(state(alive)).isEqualTo("RUNNING");
        jdbc.update("update background_job set state = 'FAILED' where id = ?", alive);
    }

    @Test
    void resultsAreRemovedAfterTheirTime() {
        fixtures.loginAs(fixtures.citizen());
        JobStatus done = awaitEnd(jobs.start(request("old-" + Fixtures.next(), (progress, out) -> out.write(1)))
                .id());
        assertThat(Files.exists(files.result(done.id()))).isTrue();

        housekeeping.removeOldResults(Instant.now().plus(Duration.ofDays(1)));

        assertThat(Files.exists(files.result(done.id()))).isFalse();
        JobStatus later = jobs.status(done.id());
        assertThat(later.state()).isEqualTo(JobState.DONE);
        assertThat(later.downloadable()).isFalse();
        assertThatThrownBy(() -> jobs.file(done.id())).hasMessageContaining("job.error.fileGone");
    }

    private long orphan(UserAccount owner, String nodeName, Instant heartbeat) {
        jdbc.update(
                "insert into background_job (owner_id, kind, subject, node, state, steps_done, file_name,"
                        + " content_type, created_at, started_at, heartbeat_at)"
                        + " values (?, 'RESULT_REPORT', ?, ?, 'RUNNING', 5, 'r.pdf', 'application/pdf', ?, ?, ?)",
                owner.id(),
                "orphan-" + Fixtures.next(),
                nodeName,
                Timestamp.from(heartbeat),
                Timestamp.from(heartbeat),
                Timestamp.from(heartbeat));
        return jdbc.queryForObject("select max(id) from background_job", Long.class);
    }

    private String state(long id) {
        return jdbc.queryForObject("select state from background_job where id = ?", String.class, id);
    }

    private JobStatus awaitEnd(long id) {
        await().atMost(PATIENCE)
                .pollInSameThread()
                .until(() -> !jobs.status(id).state().isActive());
        return jobs.status(id);
    }

    private CountDownLatch gate() {
        CountDownLatch gate = new CountDownLatch(1);
        gates.add(gate);
        return gate;
    }

    private static JobWork blockedUntil(CountDownLatch gate) {
        return (progress, out) -> pass(gate);
    }

    private static void pass(CountDownLatch gate) {
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JobRequest request(String subject, JobWork work) {
        return new JobRequest(JobKind.DRAFT_EXPORT, subject, "ergebnis.txt", "text/plain", work);
    }
}
