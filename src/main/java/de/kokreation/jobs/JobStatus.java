package de.kokreation.jobs;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A job as its owner sees it.
 *
 * @param stepsTotal the steps of the whole job, or null while not known (the bar is then indeterminate)
 * @param messageKey why the job failed or was cancelled, a key of the UI bundles with its arguments
 * @param fileName the download's name; null for a job that leaves no file behind
 * @param resultSize the size of the finished file in bytes
 * @param downloadable whether the file can be fetched now (finished, still kept, on this node)
 */
public record JobStatus(
        long id,
        JobKind kind,
        String subject,
        JobState state,
        long stepsDone,
        @Nullable Long stepsTotal,
        @Nullable String messageKey,
        List<String> messageArguments,
        @Nullable String fileName,
        @Nullable Long resultSize,
        Instant createdAt,
        @Nullable Instant finishedAt,
        boolean downloadable) {

    public JobStatus {
        messageArguments = List.copyOf(messageArguments);
    }

    /** Done of total in per cent, or -1 while the total is not known. */
    public int percent() {
        if (stepsTotal == null || stepsTotal <= 0) {
            return -1;
        }
        return (int) Math.min(100, stepsDone * 100 / stepsTotal);
    }

    JobStatus withProgress(long done, @Nullable Long total, JobState now) {
        return new JobStatus(
                id,
                kind,
                subject,
                now,
                done,
                total,
                messageKey,
                messageArguments,
                fileName,
                resultSize,
                createdAt,
                finishedAt,
                downloadable);
    }
}
