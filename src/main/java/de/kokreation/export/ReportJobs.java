package de.kokreation.export;

import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobKind;
import de.kokreation.jobs.JobRequest;
import de.kokreation.jobs.JobStatus;
import de.kokreation.shared.DomainException;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Makes the Ergebnisbericht as a background job: the caller's rights are checked before the job
 * is queued (a refused caller hears so at once), and again by the report as it runs with the
 * caller's security context. At national scale the report takes about 20 s; at most
 * {@code kokreation.jobs.concurrency.result-report} are made at once per node.
 */
@Service
public class ReportJobs {

    private final ResultReport report;
    private final BackgroundJobs jobs;

    ReportJobs(ResultReport report, BackgroundJobs jobs) {
        this.report = report;
        this.jobs = jobs;
    }

    /** What the job is about: one report per consultation, format and language. */
    public static String subject(String consultationSlug, ExportFormat format, Locale locale) {
        return "report:" + consultationSlug + ":" + format.extension() + ":" + locale.getLanguage();
    }

    /** Starts the report, or answers the caller's same report that is still being made. */
    @PreAuthorize("isAuthenticated()")
    public JobStatus start(String consultationSlug, ExportFormat format, Locale locale) {
        if (format != ExportFormat.DOCX && format != ExportFormat.PDF) {
            throw new DomainException("export.error.reportFormat");
        }
        report.checkAccess(consultationSlug);
        return jobs.start(new JobRequest(
                JobKind.RESULT_REPORT,
                subject(consultationSlug, format, locale),
                report.fileName(consultationSlug, format),
                format.contentType(),
                (progress, out) -> report.write(consultationSlug, format, locale, out, progress)));
    }
}
