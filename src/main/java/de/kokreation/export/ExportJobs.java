package de.kokreation.export;

import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobKind;
import de.kokreation.jobs.JobRequest;
import de.kokreation.jobs.JobStatus;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Fingerprints;
import de.kokreation.shared.NotPermittedException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Makes the documents of a consultation's export page as background jobs: the Ergebnisbericht
 * and the chosen draft commitments. The caller's rights are checked before the job is queued (a
 * refused caller hears so at once), and again by the document as it is made with the caller's
 * security context. At national scale the report takes about 20 s; at most
 * {@code kokreation.jobs.concurrency.<kind>} are made at once per node.
 */
@Service
public class ExportJobs {

    private final ResultReport report;
    private final DraftDocuments drafts;
    private final BackgroundJobs jobs;

    ExportJobs(ResultReport report, DraftDocuments drafts, BackgroundJobs jobs) {
        this.report = report;
        this.drafts = drafts;
        this.jobs = jobs;
    }

    /** What the job is about: one report per consultation, format and language. */
    public static String reportSubject(String consultationSlug, ExportFormat format, Locale locale) {
        return "report:" + consultationSlug + ":" + format.extension() + ":" + locale.getLanguage();
    }

    /**
     * What the drafts' job is about: one document per consultation, format, language and choice of
     * drafts (a digest of their ids), so that the page offers the document of the drafts ticked now,
     * never one of another choice.
     */
    public static String draftsSubject(
            String consultationSlug, ExportFormat format, Locale locale, Collection<Long> draftIds) {
        String chosen = draftIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        return "drafts:" + consultationSlug + ":" + format.extension() + ":" + locale.getLanguage() + ":"
                + Fingerprints.of(chosen.getBytes(StandardCharsets.US_ASCII));
    }

    /** Starts the report, or answers the caller's same report that is still being made. */
    @PreAuthorize("isAuthenticated()")
    public JobStatus startReport(String consultationSlug, ExportFormat format, Locale locale) {
        if (format != ExportFormat.DOCX && format != ExportFormat.PDF) {
            throw new DomainException("export.error.reportFormat");
        }
        report.checkAccess(consultationSlug);
        return jobs.start(JobRequest.file(
                JobKind.RESULT_REPORT,
                reportSubject(consultationSlug, format, locale),
                report.fileName(consultationSlug, format),
                format.contentType(),
                (progress, out) -> report.write(consultationSlug, format, locale, out, progress)));
    }

    /** Starts the document of the chosen drafts in the OGP template; every draft must be one the caller may export. */
    @PreAuthorize("isAuthenticated()")
    public JobStatus startDrafts(
            String consultationSlug, Collection<Long> draftIds, ExportFormat format, Locale locale) {
        if (draftIds.isEmpty()) {
            throw new DomainException("export.error.noDraftChosen");
        }
        Set<Long> allowed = drafts.exportableDrafts(consultationSlug).stream()
                .map(ExportableDraft::id)
                .collect(Collectors.toSet());
        if (!allowed.containsAll(draftIds)) {
            throw new NotPermittedException("export.error.draftNotPermitted");
        }
        List<Long> chosen = List.copyOf(draftIds);
        return jobs.start(JobRequest.file(
                JobKind.DRAFT_EXPORT,
                draftsSubject(consultationSlug, format, locale, chosen),
                drafts.fileName(consultationSlug, format),
                format.contentType(),
                (progress, out) -> drafts.write(consultationSlug, chosen, format, locale, out)));
    }
}
