package de.kokreation.jobs;

import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A job to start: {@link #file} for work that makes a download, {@link #task} for work that
 * leaves no file behind.
 *
 * @param subject what the job is about, so that a second start of the same job while it runs
 *     joins it instead of starting another (e.g. {@code report:hamburg-2027:pdf:de})
 * @param fileName the name the download gets; null for a task
 * @param contentType the download's media type; null for a task
 */
public record JobRequest(
        JobKind kind,
        String subject,
        @Nullable String fileName,
        @Nullable String contentType,
        JobWork work) {

    public JobRequest {
        if ((fileName == null) != (contentType == null)) {
            throw new IllegalArgumentException("A download needs both its name and its media type");
        }
    }

    /** A job whose result is a file to download. */
    public static JobRequest file(JobKind kind, String subject, String fileName, String contentType, JobWork work) {
        return new JobRequest(kind, subject, fileName, contentType, work);
    }

    /** A job that leaves no file behind. */
    public static JobRequest task(JobKind kind, String subject, JobTask task) {
        return new JobRequest(kind, subject, null, null, (progress, ignored) -> task.run(progress));
    }

    /** Whether the job makes a file to download. */
    public boolean makesFile() {
        return fileName != null;
    }

    /** Where a task's work writes: nowhere. */
    static OutputStream nowhere() {
        return OutputStream.nullOutputStream();
    }
}
