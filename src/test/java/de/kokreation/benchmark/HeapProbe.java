package de.kokreation.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The heap an operation needs. A plain "peak used" of a large default heap mostly shows how late
 * the collector ran, not what the operation holds. So the operation runs a second time while this
 * probe forces a full collection every {@code interval} ms and reads the heap right after it: the
 * live heap at that moment. The peak of those readings minus the live heap before the operation is
 * what the operation holds at most (sampled, so a short spike between two samples can be missed;
 * the interval is 50 ms). The rate is measured in a separate run without the probe, as forced
 * collections slow the operation down.
 */
final class HeapProbe implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread sampler;
    private final long baseline;
    private volatile boolean running = true;
    private volatile long peakLive;
    private volatile int samples;

    private HeapProbe(long intervalMillis) {
        baseline = liveHeap();
        peakLive = baseline;
        sampler = Thread.ofPlatform().daemon().name("heap-probe").start(() -> {
            while (running) {
                long live = liveHeap();
                if (live > peakLive) {
                    peakLive = live;
                }
                samples++;
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        });
    }

    static HeapProbe start() {
        return new HeapProbe(50);
    }

    static long liveHeap() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    static long usedHeap() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long after = liveHeap();
        if (after > peakLive) {
            peakLive = after;
        }
    }

    /** Megabytes the operation held at most, over the live heap before it. */
    double heldMegabytes() {
        return (peakLive - baseline) / 1024.0 / 1024.0;
    }

    /** Megabytes of the whole live heap at its peak (application context included). */
    double peakLiveMegabytes() {
        return peakLive / 1024.0 / 1024.0;
    }

    int samples() {
        return samples;
    }
}
