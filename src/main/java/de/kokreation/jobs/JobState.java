package de.kokreation.jobs;

/** Where a job is in its life: waiting for a place in its pool, running, or ended one of three ways. */
public enum JobState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    /** Queued or running: the job still holds (or waits for) a place in its pool. */
    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
