package de.kokreation.jobs;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The pages on this node that follow a job; they hear of its progress and its end. */
@Component
class JobListeners {

    private static final Logger log = LoggerFactory.getLogger(JobListeners.class);

    private final Map<Long, Set<Consumer<JobStatus>>> listeners = new ConcurrentHashMap<>();

    Runnable add(long jobId, Consumer<JobStatus> listener) {
        // added inside the map's lock: a stop emptying the set at the same moment cannot lose it
        listeners.compute(jobId, (id, ofJob) -> {
            Set<Consumer<JobStatus>> set = ofJob == null ? new CopyOnWriteArraySet<>() : ofJob;
            set.add(listener);
            return set;
        });
        return () -> listeners.computeIfPresent(jobId, (id, ofJob) -> {
            ofJob.remove(listener);
            return ofJob.isEmpty() ? null : ofJob;
        });
    }

    void tell(JobStatus status) {
        for (Consumer<JobStatus> listener : listeners.getOrDefault(status.id(), Set.of())) {
            try {
                listener.accept(status);
            } catch (RuntimeException failing) {
                // a page that went away must not stop the job or the other pages
                log.debug("A listener of job {} failed", status.id(), failing);
            }
        }
    }
}
