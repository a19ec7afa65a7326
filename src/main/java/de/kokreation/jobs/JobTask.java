package de.kokreation.jobs;

/**
 * The work of a job that leaves no file behind (it writes to the database or keeps its result in
 * memory): clustering, a rebuild, an import. Runs like {@link JobWork}, with the starter's security
 * context, and tells {@code progress} how far it got.
 */
@FunctionalInterface
public interface JobTask {

    void run(JobProgress progress);
}
