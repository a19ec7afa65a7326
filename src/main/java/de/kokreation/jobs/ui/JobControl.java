package de.kokreation.jobs.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobFile;
import de.kokreation.jobs.JobKind;
import de.kokreation.jobs.JobState;
import de.kokreation.jobs.JobStatus;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.UserMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Starts a job and follows it on the page through server push: the start button is disabled while
 * the job runs, a bar and a line show how far it got, the owner can cancel, and the finished file
 * is offered with its size. Screen readers hear the start, the end and failures in a polite live
 * region, not every per cent. A page opened again finds the owner's latest job of its kind and
 * subject, running or finished.
 */
public class JobControl extends Div {

    private final BackgroundJobs jobs;
    private final JobKind kind;
    private final String subject;
    private final String jobName;
    private final Supplier<JobStatus> starter;
    private final Button start;
    private final Div running = new Div();
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private final Button cancel;
    private final Div result = new Div();
    private final Paragraph failure = new Paragraph();
    private final Div announcement = new Div();
    private @Nullable JobStatus shown;
    private boolean startAllowed = true;
    private @Nullable Runnable stopListening;
    private long listenedJob = -1;

    /**
     * @param idPrefix prefix of the ids of the control's parts ({@code start}, {@code progress},
     *     {@code cancel}, {@code download}, {@code failure})
     * @param jobName what the job makes, as the messages name it ("Ergebnisbericht (PDF)")
     * @param starter starts the job through the feature's service, which checks the caller's rights
     */
    public JobControl(
            BackgroundJobs jobs,
            String idPrefix,
            JobKind kind,
            String subject,
            String jobName,
            String startLabel,
            Supplier<JobStatus> starter) {
        this.jobs = jobs;
        this.kind = kind;
        this.subject = subject;
        this.jobName = jobName;
        this.starter = starter;
        addClassName("kk-job");
        start = new Button(startLabel, click -> start());
        start.setId(idPrefix + "start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // disabled in the browser at once: a double click sends one start, not two
        start.setDisableOnClick(true);
        bar.setId(idPrefix + "progress");
        progressText.setId(idPrefix + "progress-text");
        bar.getElement().setAttribute("aria-labelledby", progressText.getId().orElseThrow());
        cancel = new Button(getTranslation("job.cancel"), click -> cancel());
        cancel.setId(idPrefix + "cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        running.addClassName("kk-job-running");
        running.add(bar, progressText, cancel);
        result.setId(idPrefix + "result");
        failure.setId(idPrefix + "failure");
        failure.addClassName("kk-callout");
        announcement.setId(idPrefix + "announcement");
        announcement.addClassName("kk-visually-hidden");
        announcement.getElement().setAttribute("role", "status");
        announcement.getElement().setAttribute("aria-live", "polite");
        add(start, running, result, failure, announcement);
        running.setVisible(false);
        failure.setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        Optional<JobStatus> latest = jobs.latest(kind, subject);
        latest.ifPresent(status -> {
            show(status, false);
            if (status.state().isActive()) {
                follow(attach.getUI(), status.id());
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopFollowing();
        super.onDetach(detach);
    }

    /**
     * Whether the job may be started now, as far as the page knows (e.g. at least one draft
     * chosen); the service decides in the end. A running job keeps the start off anyway.
     */
    public void setStartAllowed(boolean allowed) {
        startAllowed = allowed;
        start.setEnabled(allowed && (shown == null || !shown.state().isActive()));
    }

    private void start() {
        try {
            JobStatus status = starter.get();
            announce(getTranslation("job.announce.started", jobName));
            shown = null;
            // a job that ended before the page first looked is announced as ended, too
            show(status, true);
            getUI().ifPresent(ui -> follow(ui, status.id()));
        } catch (RuntimeException refused) {
            start.setEnabled(startAllowed);
            showFailure(UserMessages.describe(UI.getCurrent(), refused));
        }
    }

    private void cancel() {
        if (shown != null) {
            try {
                show(jobs.cancel(shown.id()), true);
            } catch (RuntimeException failed) {
                UserMessages.showFailure(failed);
            }
        }
    }

    private void follow(UI ui, long jobId) {
        if (listenedJob == jobId) {
            return;
        }
        stopFollowing();
        listenedJob = jobId;
        // The job's thread tells; the page changes under the session's lock and is pushed.
        stopListening = jobs.listen(jobId, status -> ui.access(() -> show(status, true)));
    }

    private void stopFollowing() {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
        listenedJob = -1;
    }

    private void show(JobStatus status, boolean announceEnd) {
        JobState before = shown == null ? null : shown.state();
        if (shown != null
                && shown.id() == status.id()
                && !before.isActive()
                && status.state().isActive()) {
            return; // a late progress report after the end
        }
        shown = status;
        boolean active = status.state().isActive();
        start.setEnabled(!active && startAllowed);
        running.setVisible(active);
        cancel.setEnabled(active);
        failure.setVisible(false);
        result.removeAll();
        if (active) {
            showProgress(status);
            return;
        }
        stopFollowing();
        // announced once: when the page saw it start (nothing shown before, or shown active)
        boolean ended = announceEnd && (before == null || before.isActive());
        switch (status.state()) {
            case DONE -> {
                if (status.downloadable()) {
                    result.add(download(status));
                    if (ended) {
                        announce(getTranslation("job.announce.done", jobName, size(status)));
                    }
                } else {
                    result.add(new Paragraph(getTranslation("job.fileGone", jobName)));
                }
            }
            case FAILED -> {
                String reason = reason(status);
                showFailure(reason);
                if (ended) {
                    announce(getTranslation("job.announce.failed", jobName, reason));
                }
            }
            case CANCELLED -> {
                result.add(new Paragraph(getTranslation("job.cancelled.shown", jobName)));
                if (ended) {
                    announce(getTranslation("job.announce.cancelled", jobName));
                }
            }
            default -> throw new IllegalStateException(status.state().name());
        }
    }

    private void showProgress(JobStatus status) {
        int percent = status.percent();
        if (status.state() == JobState.QUEUED) {
            bar.setIndeterminate(true);
            progressText.setText(getTranslation("job.queued"));
        } else if (percent < 0) {
            bar.setIndeterminate(true);
            progressText.setText(getTranslation("job.running", jobName));
        } else {
            bar.setIndeterminate(false);
            bar.setValue(percent / 100.0);
            progressText.setText(getTranslation(
                    "job.progress." + status.kind().name(), percent, status.stepsDone(), status.stepsTotal()));
        }
    }

    private void showFailure(String reason) {
        failure.setText(getTranslation("job.failed", jobName, reason));
        failure.setVisible(true);
    }

    private String reason(JobStatus status) {
        String key = status.messageKey() == null ? "job.error.unknown" : status.messageKey();
        return getTranslation(key, status.messageArguments().toArray());
    }

    private Anchor download(JobStatus status) {
        long jobId = status.id();
        Anchor link = new Anchor(
                (DownloadHandler) event -> send(jobId, event), getTranslation("job.download", jobName, size(status)));
        link.setId(start.getId().orElseThrow().replaceFirst("start$", "download"));
        link.addClassName("kk-button-link-secondary");
        return link;
    }

    /** Streams the file from the job directory; nothing of it is held in memory. */
    private void send(long jobId, DownloadEvent event) throws IOException {
        JobFile file;
        try {
            file = jobs.file(jobId);
        } catch (DomainException gone) {
            event.getResponse().setStatus(410);
            event.getUI().access(() -> UserMessages.showFailure(gone));
            return;
        }
        event.setFileName(file.fileName());
        event.setContentType(file.contentType());
        event.setContentLength(file.size());
        try (InputStream in = file.open();
                OutputStream out = event.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private String size(JobStatus status) {
        long bytes = status.resultSize() == null ? 0 : status.resultSize();
        if (bytes < 1024 * 1024) {
            return getTranslation("job.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return getTranslation("job.size.mb", Math.round(bytes / 1024.0 / 102.4) / 10.0);
    }

    private void announce(String text) {
        announcement.setText(text);
    }
}
