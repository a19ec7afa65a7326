package de.kokreation.voting;

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
    private final List<VoteWriter> writers = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    VoteWriters(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock) {
        this.dataSource = dataSource;
        this.transactionManager = transactionManager;
        this.clock = clock;
    }

    /**
     * A writer for the votes of one kind; {@code name} names its thread. Until the application
     * has started, and after it stopped, the writer writes each vote in the caller's thread.
     */
    public synchronized VoteWriter create(String name, VoteTable table, VoteAcceptance acceptance) {
        VoteWriter writer =
                new VoteWriter(name, new VoteLedger(table, dataSource), acceptance, transactionManager, clock);
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
