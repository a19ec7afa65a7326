package de.kokreation.jobs;

/**
 * A job to start.
 *
 * @param subject what the job is about, so that a second start of the same job while it runs
 *     joins it instead of starting another (e.g. {@code report:hamburg-2027:pdf:de})
 * @param fileName the name the download gets
 * @param contentType the download's media type
 */
public record JobRequest(JobKind kind, String subject, String fileName, String contentType, JobWork work) {}
