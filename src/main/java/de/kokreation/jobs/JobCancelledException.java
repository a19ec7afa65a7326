package de.kokreation.jobs;

/** Thrown into a job's work when its owner cancelled it; the runner records the job as cancelled. */
public class JobCancelledException extends RuntimeException {

    JobCancelledException() {
        super("cancelled by its owner", null, false, false);
    }
}
