package de.kokreation.meeting;

import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobKind;
import de.kokreation.jobs.JobRequest;
import de.kokreation.jobs.JobStatus;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Fingerprints;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A workshop's CSV file imported as a background job ({@link JobKind#WORKSHOP_IMPORT}): the page
 * follows its progress and learns its end by push. A file with refused rows ends the job failed
 * with {@code intake.import.refused}; the refusals row by row are kept on the node for the page to
 * show (the organiser's session stays on the node that ran the job).
 */
@Service
public class WorkshopImports {

    /** Refusals of this many imports are kept per node; an older one shows its count only. */
    static final int KEPT_REFUSALS = 200;

    private final WorkshopIntake intake;
    private final MeetingAccess access;
    private final BackgroundJobs jobs;
    private final Map<String, List<WorkshopIntake.RowError>> refusals = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<WorkshopIntake.RowError>> eldest) {
            return size() > KEPT_REFUSALS;
        }
    };

    WorkshopImports(WorkshopIntake intake, MeetingAccess access, BackgroundJobs jobs) {
        this.intake = intake;
        this.access = access;
        this.jobs = jobs;
    }

    /**
     * Starts importing the file's cards into the meeting, or answers the same file's import of the
     * caller that is still running. The caller's rights are checked now and again by the job.
     */
    @PreAuthorize("isAuthenticated()")
    public JobStatus start(long meetingId, byte[] file) {
        intake.themeGroups(meetingId); // refuses a caller who may not take the meeting's cards now
        if (file.length > WorkshopIntake.MAX_BYTES) {
            throw new DomainException("meeting.import.error.tooLarge", WorkshopIntake.MAX_BYTES / 1024 / 1024);
        }
        String subject = subject(meetingId, file);
        long owner = access.myAccountId();
        byte[] copy = file.clone();
        return jobs.start(JobRequest.task(JobKind.WORKSHOP_IMPORT, subject, progress -> {
            WorkshopIntake.ImportResult result = intake.importCsv(meetingId, new ByteArrayInputStream(copy), progress);
            if (!result.succeeded()) {
                synchronized (refusals) {
                    refusals.put(owner + "/" + subject, List.copyOf(result.errors()));
                }
                throw new DomainException(
                        "intake.import.refused", result.errors().size());
            }
        }));
    }

    /** The rows the caller's import (by its job's subject) refused, as far as this node still knows them. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<WorkshopIntake.RowError> refusals(long meetingId, String subject) {
        intake.themeGroups(meetingId);
        if (!subject.startsWith(subjectPrefix(meetingId))) {
            return List.of();
        }
        synchronized (refusals) {
            return refusals.getOrDefault(access.myAccountId() + "/" + subject, List.of());
        }
    }

    private static String subject(long meetingId, byte[] file) {
        // the same file uploaded twice while its import runs joins it; another file is another job
        return subjectPrefix(meetingId) + Fingerprints.of(file);
    }

    private static String subjectPrefix(long meetingId) {
        return "workshop-import:" + meetingId + ":";
    }
}
