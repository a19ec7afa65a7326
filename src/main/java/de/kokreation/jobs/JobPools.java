package de.kokreation.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The places per kind on this node: at most {@code kokreation.jobs.concurrency.<kind>} jobs of a
 * kind run at once, at most {@code kokreation.jobs.queue-limit} more wait. Waiting jobs take a
 * virtual thread and no connection; they look for a place every 100 ms and give up when cancelled.
 */
@Component
class JobPools {

    private final Map<JobKind, Semaphore> places = new EnumMap<>(JobKind.class);
    private final Map<JobKind, Integer> limits = new EnumMap<>(JobKind.class);
    private final Map<JobKind, AtomicInteger> waiting = new EnumMap<>(JobKind.class);
    private final int queueLimit;

    JobPools(Environment environment, @Value("${kokreation.jobs.queue-limit:20}") int queueLimit) {
        this.queueLimit = queueLimit;
        for (JobKind kind : JobKind.values()) {
            int limit = Math.max(
                    1,
                    environment.getProperty(
                            "kokreation.jobs.concurrency." + kind.propertyName(),
                            Integer.class,
                            kind.defaultConcurrency()));
            limits.put(kind, limit);
            places.put(kind, new Semaphore(limit, true));
            AtomicInteger load = new AtomicInteger();
            waiting.put(kind, load);
            // running and waiting jobs of the kind on this node, for the operators' dashboards
            Gauge.builder("kokreation.jobs.load", load, AtomicInteger::get)
                    .tag("kind", kind.name())
                    .register(Metrics.globalRegistry);
        }
    }

    int limit(JobKind kind) {
        return limits.get(kind);
    }

    /** Whether another job of the kind may wait; counts it as waiting if so. */
    boolean enqueue(JobKind kind) {
        AtomicInteger queue = waiting.get(kind);
        if (queue.incrementAndGet() > queueLimit + limits.get(kind)) {
            queue.decrementAndGet();
            return false;
        }
        return true;
    }

    /** Waits for a place; false when the job was cancelled first (it then no longer waits). */
    boolean acquire(JobKind kind, BooleanSupplier cancelled) throws InterruptedException {
        Semaphore semaphore = places.get(kind);
        while (!semaphore.tryAcquire(100, TimeUnit.MILLISECONDS)) {
            if (cancelled.getAsBoolean()) {
                return false; // the caller dequeues it
            }
        }
        return true;
    }

    /** A job that held a place ends. */
    void release(JobKind kind) {
        places.get(kind).release();
        waiting.get(kind).decrementAndGet();
    }

    /** A job that never got a place ends (cancelled while waiting, or never started). */
    void dequeue(JobKind kind) {
        waiting.get(kind).decrementAndGet();
    }

    /** Jobs of the kind running or waiting on this node. */
    int load(JobKind kind) {
        return waiting.get(kind).get();
    }
}
