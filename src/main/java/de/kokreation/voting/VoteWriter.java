package de.kokreation.voting;

import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the votes of one kind (see {@link VoteTable}) in batches, on one thread. Each caller waits until the transaction holding its
 * vote has committed, so an acknowledged vote is never lost; but when many people vote at once,
 * their votes share one transaction, one commit and one counter update per target, instead of
 * queueing one by one for the row lock of a popular proposal or draft. Under light load a batch holds a
 * single vote and nothing waits.
 *
 * <p>Within a batch every person votes at most once per target (a repeat starts the next round),
 * so the statements of a round can be sent as JDBC batches in any order. A round that fails as a
 * whole (another instance of the application raced on the same vote) is rolled back and its votes
 * are written one by one, each retried like a single request.
 *
 * <p>Made and started by {@link VoteWriters}; the owner of the votes keeps one per kind.
 */
public final class VoteWriter {

    private static final Logger LOG = LoggerFactory.getLogger(VoteWriter.class);
    static final int MAX_BATCH = 500;
    private static final int ATTEMPTS = 3;
    private static final long WAIT_SECONDS = 30;

    /** One vote to write: a direction to cast, or null to withdraw. */
    private record Request(
            VoteLedger.Key key, @Nullable VoteDirection direction, CompletableFuture<VoteTally> result) {}

    private final String name;
    private final VoteLedger ledger;
    private final VoteAcceptance acceptance;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Timer written;
    private final BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private @Nullable Thread worker;

    VoteWriter(
            String name,
            VoteLedger ledger,
            VoteAcceptance acceptance,
            PlatformTransactionManager transactionManager,
            Clock clock,
            Timer written) {
        this.name = name;
        this.written = written;
        this.ledger = ledger;
        this.acceptance = acceptance;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Writes the vote (or, for a null direction, its withdrawal) and returns the counts after it;
     * throws what the write threw, such as the refusal of the target.
     */
    public VoteTally write(long targetId, long voterId, @Nullable VoteDirection direction) {
        long start = System.nanoTime();
        Request request = new Request(new VoteLedger.Key(targetId, voterId), direction, new CompletableFuture<>());
        Thread thread = worker;
        if (running && thread != null && thread.isAlive()) {
            queue.add(request);
        } else {
            // Before start and after stop (or should the writer have died): in the caller's thread.
            writeAlone(request);
        }
        try {
            VoteTally tally = request.result().get(WAIT_SECONDS, TimeUnit.SECONDS);
            written.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return tally;
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the vote was written", interrupted);
        } catch (TimeoutException slow) {
            throw new IllegalStateException("the vote was not written within " + WAIT_SECONDS + " s", slow);
        }
    }

    /** A person's vote on a target, if any. */
    public Optional<VoteDirection> directionOf(long targetId, long voterId) {
        return ledger.directionOf(targetId, voterId);
    }

    private void run() {
        List<Request> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Request first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                writeInRounds(batch);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException unexpected) {
                LOG.error("Batch of {} failed", name, unexpected);
                batch.forEach(request -> request.result().completeExceptionally(unexpected));
            } finally {
                batch.clear();
            }
        }
    }

    /** Splits the batch where a person votes on the same target again, so each round has unique keys. */
    private void writeInRounds(List<Request> batch) {
        List<Request> round = new ArrayList<>();
        Set<VoteLedger.Key> keys = new HashSet<>();
        for (Request request : batch) {
            if (!keys.add(request.key())) {
                writeRound(round);
                round = new ArrayList<>();
                keys.clear();
                keys.add(request.key());
            }
            round.add(request);
        }
        writeRound(round);
    }

    private void writeRound(List<Request> round) {
        if (round.isEmpty()) {
            return;
        }
        Map<Request, VoteTally> tallies;
        try {
            tallies = transaction.execute(status -> apply(round));
        } catch (DataIntegrityViolationException | ConcurrencyFailureException race) {
            round.forEach(this::writeAlone);
            return;
        } catch (RuntimeException failed) {
            round.forEach(request -> request.result().completeExceptionally(failed));
            return;
        }
        if (tallies != null) {
            tallies.forEach((request, tally) -> request.result().complete(tally));
        }
    }

    /** One vote in its own transaction, retried when it loses a race for the unique constraint. */
    private void writeAlone(Request request) {
        for (int attempt = 1; ; attempt++) {
            try {
                Map<Request, VoteTally> tally = transaction.execute(status -> apply(List.of(request)));
                if (tally != null && tally.containsKey(request)) {
                    request.result().complete(tally.get(request));
                }
                return;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException race) {
                if (attempt >= ATTEMPTS) {
                    request.result().completeExceptionally(race);
                    return;
                }
            } catch (RuntimeException failed) {
                request.result().completeExceptionally(failed);
                return;
            }
        }
    }

    /**
     * Writes one round in the current transaction and returns the tally for each accepted request.
     * Requests on targets that refuse votes are answered with their refusal and
     * change nothing.
     */
    private Map<Request, VoteTally> apply(List<Request> round) {
        List<Request> accepted = acceptOpen(round);
        Map<Long, int[]> deltas = new HashMap<>();
        Instant now = clock.instant();
        List<Request> casts =
                accepted.stream().filter(request -> request.direction() != null).toList();
        List<Request> withdrawals =
                accepted.stream().filter(request -> request.direction() == null).toList();

        boolean[] inserted = ledger.insertIfAbsent(keys(casts), directions(casts), now);
        List<Request> existing = new ArrayList<>();
        for (int i = 0; i < casts.size(); i++) {
            if (inserted[i]) {
                count(deltas, casts.get(i).key().targetId(), casts.get(i).direction(), +1);
            } else {
                existing.add(casts.get(i));
            }
        }
        boolean[] turned = ledger.turn(keys(existing), directions(existing), now);
        for (int i = 0; i < existing.size(); i++) {
            if (turned[i]) {
                VoteDirection direction = existing.get(i).direction();
                count(deltas, existing.get(i).key().targetId(), direction, +1);
                count(deltas, existing.get(i).key().targetId(), opposite(direction), -1);
            }
        }

        boolean[] withdrawnFor = ledger.delete(keys(withdrawals), VoteDirection.FOR);
        List<Request> notFor = new ArrayList<>();
        for (int i = 0; i < withdrawals.size(); i++) {
            if (withdrawnFor[i]) {
                count(deltas, withdrawals.get(i).key().targetId(), VoteDirection.FOR, -1);
            } else {
                notFor.add(withdrawals.get(i));
            }
        }
        boolean[] withdrawnAgainst = ledger.delete(keys(notFor), VoteDirection.AGAINST);
        for (int i = 0; i < notFor.size(); i++) {
            if (withdrawnAgainst[i]) {
                count(deltas, notFor.get(i).key().targetId(), VoteDirection.AGAINST, -1);
            }
        }

        ledger.adjustCounters(deltas);
        Map<Request, VoteTally> tallies = new HashMap<>();
        if (!accepted.isEmpty()) {
            Map<Long, int[]> counts = ledger.tallies(targetIds(accepted));
            for (Request request : accepted) {
                int[] count = counts.get(request.key().targetId());
                tallies.put(request, new VoteTally(count[0], count[1], request.direction()));
            }
        }
        return tallies;
    }

    /** The requests on targets that take votes; the others get their refusal. */
    private List<Request> acceptOpen(List<Request> round) {
        Map<Long, RuntimeException> refusals = acceptance.refusals(targetIds(round));
        List<Request> accepted = new ArrayList<>(round.size());
        for (Request request : round) {
            RuntimeException refusal = refusals.get(request.key().targetId());
            if (refusal != null) {
                request.result().completeExceptionally(refusal);
            } else {
                accepted.add(request);
            }
        }
        return accepted;
    }

    private static void count(Map<Long, int[]> deltas, long targetId, VoteDirection direction, int change) {
        deltas.computeIfAbsent(targetId, ignored -> new int[2])[direction == VoteDirection.FOR ? 0 : 1] += change;
    }

    private static VoteDirection opposite(VoteDirection direction) {
        return direction == VoteDirection.FOR ? VoteDirection.AGAINST : VoteDirection.FOR;
    }

    private static List<VoteLedger.Key> keys(List<Request> requests) {
        return requests.stream().map(Request::key).toList();
    }

    private static List<VoteDirection> directions(List<Request> requests) {
        return requests.stream()
                .map(request -> Objects.requireNonNull(request.direction()))
                .toList();
    }

    private static Set<Long> targetIds(List<Request> requests) {
        Set<Long> ids = new LinkedHashSet<>();
        requests.forEach(request -> ids.add(request.key().targetId()));
        return ids;
    }

    void start() {
        running = true;
        worker = Thread.ofPlatform().name(name).daemon().start(this::run);
    }

    /** From now on, votes are written in the caller's thread; the queued ones still by the writer. */
    void stopTaking() {
        running = false;
    }

    /** Stops taking new votes and writes the ones already queued. */
    void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        // A vote queued just as the writer stopped is written here rather than left waiting.
        for (Request late = queue.poll(); late != null; late = queue.poll()) {
            writeAlone(late);
        }
    }
}
