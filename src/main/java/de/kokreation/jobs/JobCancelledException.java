package de.kokreation.jobs;

/**
 * Thrown into a job's work when its owner cancelled it; the runner records the job as cancelled.
 * Work that learns of a cancel by its own means (a flag in its own table) may throw it too.
 */
public class JobCancelledException extends RuntimeException {

    public JobCancelledException() {
        super("cancelled by its owner", null, false, false);
    }
}
