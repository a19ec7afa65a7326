package de.kokreation.jobs;

import de.kokreation.account.CurrentUser;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NodeName;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import io.micrometer.core.instrument.Metrics;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, follows, cancels and hands out jobs. Only a job's owner sees it. Starting the same job
 * (owner, kind, subject) again while it runs answers the running one, so a second click makes no
 * second report. No method runs in a caller's transaction: the job's row must be visible to its
 * worker at once.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class BackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    /** Pages hear of progress at most this often; the database at most once a second. */
    private static final long TELL_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private static final long STORE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final JobStore store;
    private final JobFiles files;
    private final JobPools pools;
    private final JobListeners listeners;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String node;
    private final int perOwner;
    private final Map<Long, RunningJob> running = new ConcurrentHashMap<>();
    private final Object starting = new Object();

    BackgroundJobs(
            JobStore store,
            JobFiles files,
            JobPools pools,
            JobListeners listeners,
            CurrentUser currentUser,
            Clock clock,
            NodeName node,
            @Value("${kokreation.jobs.per-owner:3}") int perOwner) {
        this.store = store;
        this.files = files;
        this.pools = pools;
        this.listeners = listeners;
        this.currentUser = currentUser;
        this.clock = clock;
        this.node = node.name();
        this.perOwner = perOwner;
    }

    /**
     * Starts the job, or answers the owner's same job if it is still queued or running on this node
     * (one left active on another node, which may have died, is not joined: its end would never
     * reach this node's pages). Refuses
     * with a message when the owner has {@code kokreation.jobs.per-owner} jobs running already or
     * the kind's queue on this node is full.
     */
    @PreAuthorize("isAuthenticated()")
    public JobStatus start(JobRequest request) {
        return start(
                currentUser.require().accountId(),
                request,
                SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * Starts a job for {@code owner} that no page asked for: a node going on with work another node
     * left (the search index rebuild). It runs without anyone's rights, so its work must call no
     * secured service; the owner sees it as if started himself. Only for the node's own threads
     * (the scheduler): refused where a person is logged in, whose request must use {@link #start}.
     */
    public JobStatus startUnattended(long owner, JobRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)) {
            throw new AccessDeniedException("Unattended jobs are started by the node itself");
        }
        return start(owner, request, null);
    }

    private JobStatus start(long owner, JobRequest request, @Nullable Authentication starter) {
        RunningJob job;
        // One start at a time on this node: two clicks never both find no running job. A user's
        // session stays on one node, so this is all the exclusion a user's clicks need.
        synchronized (starting) {
            Optional<JobStore.Row> latest = store.latest(owner, request.kind(), request.subject());
            if (latest.isPresent()
                    && latest.get().status().state().isActive()
                    && latest.get().node().equals(node)) {
                return withFile(latest.get());
            }
            if (store.countActive(owner) >= perOwner) {
                throw new DomainException("job.error.tooMany", perOwner);
            }
            if (!pools.enqueue(request.kind())) {
                throw new DomainException("job.error.busy");
            }
            long id;
            Instant now = clock.instant();
            try {
                id = store.insert(owner, request, node, now);
            } catch (RuntimeException failed) {
                pools.dequeue(request.kind());
                throw failed;
            }
            job = new RunningJob(id, request, starter, now);
            running.put(id, job);
        }
        Thread.ofVirtual().name("job-" + job.id).start(job::run);
        Metrics.counter("kokreation.jobs.started", "kind", request.kind().name())
                .increment();
        return withFile(store.find(job.id).orElseThrow());
    }

    /** The job as its owner sees it now. */
    @PreAuthorize("isAuthenticated()")
    public JobStatus status(long jobId) {
        return withFile(owned(jobId));
    }

    /** The owner's latest job of this kind and subject: the page finds its job again after navigating away. */
    @PreAuthorize("isAuthenticated()")
    public Optional<JobStatus> latest(JobKind kind, String subject) {
        long owner = currentUser.require().accountId();
        return store.latest(owner, kind, subject).map(this::withFile);
    }

    /** Cancels the job if it is still queued or running; it stops at its next step. */
    @PreAuthorize("isAuthenticated()")
    public JobStatus cancel(long jobId) {
        JobStore.Row row = owned(jobId);
        if (row.status().state().isActive()) {
            RunningJob job = running.get(jobId);
            if (job != null) {
                job.cancelled = true;
            }
            // The row says so at once: a job on another node sees it at its next progress report.
            if (store.ended(jobId, JobState.CANCELLED, "job.cancelled", List.of(), clock.instant())) {
                listeners.tell(status(jobId));
            }
        }
        return status(jobId);
    }

    /** The finished job's file, to be streamed to its owner. */
    @PreAuthorize("isAuthenticated()")
    public JobFile file(long jobId) {
        JobStore.Row row = owned(jobId);
        if (row.status().state() != JobState.DONE) {
            throw new DomainException("job.error.notDone");
        }
        String fileName = row.status().fileName();
        String contentType = row.contentType();
        if (fileName == null || contentType == null || !withFile(row).downloadable()) {
            throw new DomainException("job.error.fileGone");
        }
        Path result = files.result(jobId);
        try {
            return new JobFile(fileName, contentType, Files.size(result), result);
        } catch (IOException gone) {
            throw new DomainException("job.error.fileGone");
        }
    }

    /**
     * Tells {@code listener} the job's status now and whenever it changes on this node (progress at
     * most four times a second, then its end). Answers what to run when the page goes.
     */
    @PreAuthorize("isAuthenticated()")
    public Runnable listen(long jobId, Consumer<JobStatus> listener) {
        JobStore.Row row = owned(jobId);
        Runnable stop = listeners.add(jobId, listener);
        // read again after listening: an end between the first read and now is not missed
        listener.accept(withFile(store.find(jobId).orElse(row)));
        return stop;
    }

    /** Jobs running or waiting on this node, per kind (for the system page and the metrics). */
    public int load(JobKind kind) {
        return pools.load(kind);
    }

    public int limit(JobKind kind) {
        return pools.limit(kind);
    }

    /** The jobs this node is running or holding in its queue now (their rows get its heartbeat). */
    Set<Long> runningHere() {
        return Set.copyOf(running.keySet());
    }

    /** This node's job directory (the system page shows it with its free space). */
    public Path directory() {
        return files.directory();
    }

    private JobStore.Row owned(long jobId) {
        long owner = currentUser.require().accountId();
        return store.find(jobId)
                .filter(row -> row.ownerId() == owner)
                .orElseThrow(() -> new NotFoundException("job.error.notFound"));
    }

    private JobStatus withFile(JobStore.Row row) {
        JobStatus status = row.status();
        RunningJob job = running.get(status.id());
        if (job != null && status.state() == JobState.RUNNING) {
            status = status.withProgress(job.done.get(), job.total, JobState.RUNNING);
        }
        boolean downloadable = status.state() == JobState.DONE
                && status.fileName() != null
                && row.removedAt() == null
                && row.node().equals(node)
                && Files.isRegularFile(files.result(status.id()));
        return new JobStatus(
                status.id(),
                status.kind(),
                status.subject(),
                status.state(),
                status.stepsDone(),
                status.stepsTotal(),
                status.messageKey(),
                status.messageArguments(),
                status.fileName(),
                status.resultSize(),
                status.createdAt(),
                status.finishedAt(),
                downloadable);
    }

    /** One job on its way through this node: its worker, its progress, whether it was cancelled. */
    private final class RunningJob implements JobProgress {

        private final long id;
        private final JobRequest request;
        private final @Nullable Authentication starter;
        private final AtomicLong done = new AtomicLong();
        private volatile @Nullable Long total;
        private volatile boolean cancelled;
        private volatile JobState state = JobState.QUEUED;
        private volatile long toldAt = System.nanoTime();
        private volatile long storedAt = System.nanoTime();
        private final Instant createdAt;

        RunningJob(long id, JobRequest request, @Nullable Authentication starter, Instant createdAt) {
            this.id = id;
            this.createdAt = createdAt;
            this.request = request;
            this.starter = starter;
        }

        void run() {
            long began = System.nanoTime();
            boolean placed = false;
            try {
                placed = pools.acquire(request.kind(), () -> cancelled);
                if (!placed) {
                    state = JobState.CANCELLED; // cancelled while it waited; the row says so already
                    tellAsStored();
                    return;
                }
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(starter);
                SecurityContextHolder.setContext(context);
                if (!store.started(id, clock.instant())) {
                    // cancelled (perhaps from another node) or failed as abandoned while it waited:
                    // the pages here learn the row's end, or they would wait for it forever
                    state = JobState.CANCELLED;
                    tellAsStored();
                    return;
                }
                state = JobState.RUNNING;
                tell();
                make();
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            } catch (Throwable unexpected) {
                // the database refused a state change, or worse: the job must not stay active
                log.error("Job {} ended unexpectedly", id, unexpected);
            } finally {
                SecurityContextHolder.clearContext();
                if (placed) {
                    pools.release(request.kind());
                } else {
                    pools.dequeue(request.kind());
                }
                if (state.isActive()) {
                    endAfterDeath();
                }
                running.remove(id);
                Metrics.timer("kokreation.jobs", "kind", request.kind().name(), "outcome", state.name())
                        .record(Duration.ofNanos(System.nanoTime() - began));
            }
        }

        private void tellAsStored() {
            store.find(id).ifPresent(row -> listeners.tell(withFile(row)));
        }

        /** Whatever stopped the thread, the row and the pages learn that the job is over. */
        private void endAfterDeath() {
            files.delete(id);
            state = JobState.FAILED;
            try {
                String reference = Long.toString(System.currentTimeMillis(), 36);
                store.ended(id, JobState.FAILED, "error.unexpected", List.of(reference), clock.instant());
                listeners.tell(withFile(store.find(id).orElseThrow()));
            } catch (RuntimeException stillFailing) {
                log.error("Job {} could not be marked failed; the next start of its node will", id, stillFailing);
            }
        }

        private void make() {
            try {
                if (request.makesFile()) {
                    makeFile();
                } else {
                    request.work().run(this, JobRequest.nowhere());
                    checkCancelled();
                    finish(null);
                }
            } catch (JobCancelledException stopped) {
                files.delete(id);
                store.ended(id, JobState.CANCELLED, "job.cancelled", List.of(), clock.instant());
                state = JobState.CANCELLED;
            } catch (Exception | LinkageError | OutOfMemoryError | StackOverflowError failure) {
                files.delete(id);
                if (cancelled || causedByCancel(failure)) {
                    // a writer that wrapped the cancel in an exception of its own
                    store.ended(id, JobState.CANCELLED, "job.cancelled", List.of(), clock.instant());
                    state = JobState.CANCELLED;
                    listeners.tell(withFile(store.find(id).orElseThrow()));
                    return;
                }
                Failure reason = Failure.of(failure);
                store.ended(id, JobState.FAILED, reason.key(), reason.arguments(), clock.instant());
                state = JobState.FAILED;
            }
            listeners.tell(withFile(store.find(id).orElseThrow()));
        }

        /** Writes the file beside its final name and moves it there once complete. */
        private void makeFile() throws IOException {
            Path partial = files.partial(id);
            OutputStream file;
            try {
                file = Files.newOutputStream(partial);
            } catch (IOException unwritable) {
                throw new JobDiskException(unwritable);
            }
            try (OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
                request.work().run(this, out);
            }
            checkCancelled();
            Path result = files.result(id);
            try {
                Files.move(partial, result, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException unmovable) {
                throw new JobDiskException(unmovable);
            }
            finish(Files.size(result));
        }

        private void finish(@Nullable Long size) {
            if (store.finished(id, size, done.get(), clock.instant())) {
                state = JobState.DONE;
            } else {
                files.delete(id); // cancelled at the last moment
                state = JobState.CANCELLED;
            }
        }

        private static boolean causedByCancel(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof JobCancelledException) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void total(long steps) {
            total = steps;
            report(true);
        }

        @Override
        public void advance(long steps) {
            done.addAndGet(steps);
            report(false);
        }

        @Override
        public void checkCancelled() {
            if (cancelled) {
                throw new JobCancelledException();
            }
        }

        private void report(boolean now) {
            checkCancelled();
            long at = System.nanoTime();
            if (now || at - storedAt >= STORE_EVERY_NANOS) {
                storedAt = at;
                if (!store.progressed(id, done.get(), total, clock.instant())) {
                    // cancelled, perhaps by a page on another node
                    cancelled = true;
                    checkCancelled();
                }
            }
            if (now || at - toldAt >= TELL_EVERY_NANOS) {
                toldAt = at;
                tell();
            }
        }

        private void tell() {
            listeners.tell(new JobStatus(
                    id,
                    request.kind(),
                    request.subject(),
                    state,
                    done.get(),
                    total,
                    null,
                    List.of(),
                    request.fileName(),
                    null,
                    createdAt,
                    null,
                    false));
        }
    }

    /** The job directory refused the file: full, gone or not writable. */
    private static final class JobDiskException extends RuntimeException {
        JobDiskException(IOException cause) {
            super(cause);
        }
    }

    /** Why a job failed, as a message key of the UI bundles; unexpected failures are logged with a reference. */
    record Failure(String key, List<String> arguments) {

        static Failure of(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof NotPermittedException || cause instanceof AccessDeniedException) {
                    return new Failure("error.notPermitted", List.of());
                }
                if (cause instanceof DomainException domain) {
                    return new Failure(
                            domain.messageKey(),
                            Arrays.stream(domain.messageArguments())
                                    .map(String::valueOf)
                                    .toList());
                }
                if (cause instanceof JobDiskException
                        || cause instanceof IOException io
                                && String.valueOf(io.getMessage()).contains("No space left")) {
                    log.error("A job could not write its file", failure);
                    return new Failure("job.error.disk", List.of());
                }
            }
            String reference = Long.toString(System.currentTimeMillis(), 36);
            log.error("Job failed unexpectedly, reference {}", reference, failure);
            return new Failure("error.unexpected", List.of(reference));
        }
    }
}
