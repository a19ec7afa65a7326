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

    /** Progress nobody follows: the same work run in a request or a test, not as a job. */
    static JobProgress none() {
        return Unfollowed.INSTANCE;
    }

    /** The progress of work that is no job. */
    enum Unfollowed implements JobProgress {
        INSTANCE;

        @Override
        public void total(long steps) {}

        @Override
        public void advance(long steps) {}

        @Override
        public void checkCancelled() {}
    }
}
