package de.kokreation.jobs;

/**
 * What a running job reports. Both calls are cheap (a counter; the page and the database hear of
 * it at most a few times a second) and both end the job with {@link JobCancelledException} once
 * its owner cancelled it: work that reports progress is cancelled at its next step.
 */
public interface JobProgress {

    /** The number of steps of the whole job, once known. */
    void total(long steps);

    /** Another {@code steps} done. */
    void advance(long steps);

    /** Ends the job here if its owner cancelled it. */
    void checkCancelled();
}
