package de.kokreation.jobs;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The work of one job: writes its result to {@code out} (a file, buffered) and tells
 * {@code progress} how far it got. Runs with the starter's security context, so the services it
 * calls check the starter's rights as if called from the page.
 */
@FunctionalInterface
public interface JobWork {

    void run(JobProgress progress, OutputStream out) throws IOException;
}
