package de.kokreation.opendata;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs the writing of an export on a second thread while the calling thread reads from the
 * database, so that the database, the driver's decoding and the serialization work at the same
 * time instead of taking turns (measured on PostgreSQL: the reading thread waited for the writing
 * half of the time, and the database idled meanwhile).
 *
 * <p>Writes run in the order they were submitted, in batches of {@value #BATCH}; at most
 * {@value #BATCHES_IN_FLIGHT} batches wait, so memory stays bounded whatever the export's size. A
 * failed write (the client went away) stops the reading at its next submit; {@link #finish()}
 * waits for the last write and rethrows such a failure. The objects handed over must not change
 * afterwards: rows are immutable records.
 */
final class WriteBehind implements AutoCloseable {

    static final int BATCH = 512;
    static final int BATCHES_IN_FLIGHT = 8;
    private static final List<Runnable> END = List.of();

    private final BlockingQueue<List<Runnable>> queue = new ArrayBlockingQueue<>(BATCHES_IN_FLIGHT);
    private final Thread writer;
    private List<Runnable> pending = new ArrayList<>(BATCH);
    private volatile @Nullable RuntimeException failure;
    private boolean finished;

    WriteBehind() {
        writer = Thread.ofPlatform().name("open-data-writer").daemon().start(this::drain);
    }

    /** Hands every row the reader produces to {@code write} on the writing thread, and waits for the last. */
    static <T> void pipe(Consumer<Consumer<T>> reader, Consumer<T> write) {
        try (WriteBehind writes = new WriteBehind()) {
            reader.accept(row -> writes.submit(() -> write.accept(row)));
            writes.finish();
        }
    }

    /** Queues one write; throws at once when an earlier write failed. */
    void submit(Runnable write) {
        rethrowFailure();
        pending.add(write);
        if (pending.size() >= BATCH) {
            handOver(pending);
            pending = new ArrayList<>(BATCH);
        }
    }

    /** Waits until every submitted write has run; rethrows the first failure. */
    void finish() {
        handOver(pending);
        pending = new ArrayList<>();
        handOver(END);
        finished = true;
        join();
        rethrowFailure();
    }

    /** After a failure of the reading side: stops the writer without waiting for the rest. */
    @Override
    public void close() {
        if (!finished) {
            writer.interrupt();
            join();
        }
    }

    private void handOver(List<Runnable> batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // The writer may have stopped on a failure and take nothing more.
                rethrowFailure();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing an export", interrupted);
        }
    }

    private void drain() {
        try {
            while (true) {
                List<Runnable> batch = queue.take();
                if (batch == END) {
                    return;
                }
                for (Runnable write : batch) {
                    write.run();
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            failure = failed;
        }
    }

    private void join() {
        try {
            writer.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing an export", interrupted);
        }
    }

    private void rethrowFailure() {
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed;
        }
    }
}
