package de.kokreation.voting;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the vote writers and runs their threads with the application: started once every bean
 * is ready, stopped (after writing what is queued) before the database goes away.
 */
@Component
public class VoteWriters implements SmartLifecycle {

    private final DataSource dataSource;
    private final PlatformTransactionManager transactionManager;
    private final Clock clock;
    private final MeterRegistry meters;
    private final List<VoteWriter> writers = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    VoteWriters(
            DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.transactionManager = transactionManager;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * A writer for the votes of one kind; {@code name} names its thread. Until the application
     * has started, and after it stopped, the writer writes each vote in the caller's thread.
     */
    public synchronized VoteWriter create(String name, VoteTable table, VoteAcceptance acceptance) {
        // Votes per second and how long a vote takes to be written (batching included), per kind.
        Timer votes = Timer.builder("kokreation.votes")
                .description("Votes written (cast or withdrawn), from the request to the stored count")
                .tag("kind", name)
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
        VoteWriter writer =
                new VoteWriter(name, new VoteLedger(table, dataSource), acceptance, transactionManager, clock, votes);
        writers.add(writer);
        if (running) {
            writer.start();
        }
        return writer;
    }

    @Override
    public synchronized void start() {
        running = true;
        writers.forEach(VoteWriter::start);
    }

    @Override
    public synchronized void stop() {
        running = false;
        // All stop taking votes at once, then each writes what it has queued.
        writers.forEach(VoteWriter::stopTaking);
        writers.forEach(VoteWriter::stop);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
