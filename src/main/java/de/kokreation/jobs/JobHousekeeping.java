package de.kokreation.jobs;

import de.kokreation.shared.NodeName;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the jobs' rows and files true on every node. At start: the node's jobs that were queued or
 * running when it stopped are marked failed (nothing runs them any more) and its leftover files
 * deleted. Every {@code kokreation.jobs.housekeeping-interval}: a heartbeat for the node's active
 * jobs; active jobs of a node silent for {@code kokreation.jobs.abandoned-after} are marked failed
 * (a node that died and did not come back); results older than {@code kokreation.jobs.keep-results}
 * are deleted; rows older than {@code kokreation.jobs.forget-after} are forgotten. Runs on every
 * node (each cleans its own directory); the statements are safe to run on several nodes at once.
 */
@Component
class JobHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(JobHousekeeping.class);

    private final JobStore store;
    private final JobFiles files;
    private final BackgroundJobs jobs;
    private final Clock clock;
    private final String node;
    private final Duration abandonedAfter;
    private final Duration keepResults;
    private final Duration forgetAfter;

    JobHousekeeping(
            JobStore store,
            JobFiles files,
            BackgroundJobs jobs,
            Clock clock,
            NodeName node,
            @Value("${kokreation.jobs.abandoned-after:PT3M}") Duration abandonedAfter,
            @Value("${kokreation.jobs.keep-results:PT1H}") Duration keepResults,
            @Value("${kokreation.jobs.forget-after:P7D}") Duration forgetAfter) {
        this.store = store;
        this.files = files;
        this.jobs = jobs;
        this.clock = clock;
        this.node = node.name();
        this.abandonedAfter = abandonedAfter;
        this.keepResults = keepResults;
        this.forgetAfter = forgetAfter;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterRestart() {
        int orphans = store.failOrphans(node, clock.instant());
        int leftovers = files.deleteAllBut(store.keptResults(node), Set.of());
        if (orphans > 0 || leftovers > 0) {
            log.info(
                    "Marked {} interrupted jobs of node {} as failed, deleted {} leftover files",
                    orphans,
                    node,
                    leftovers);
        }
    }

    @Scheduled(
            fixedDelayString = "${kokreation.jobs.housekeeping-interval:PT30S}",
            initialDelayString = "${kokreation.jobs.housekeeping-interval:PT30S}")
    void keepTrue() {
        Instant now = clock.instant();
        Set<Long> runningHere = jobs.runningHere();
        store.heartbeat(node, runningHere, now);
        store.failAbandoned(now.minus(abandonedAfter), now);
        removeOldResults(now);
        store.forget(now.minus(forgetAfter));
        // files whose rows went (an account deleted on another node, rows forgotten) go too
        files.deleteAllBut(store.keptResults(node), runningHere);
    }

    void removeOldResults(Instant now) {
        List<Long> due = store.resultsToRemove(node, now.minus(keepResults));
        due.forEach(files::delete);
        store.removed(due, now);
    }
}
