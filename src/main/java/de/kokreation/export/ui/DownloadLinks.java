package de.kokreation.export.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import de.kokreation.export.ExportFormat;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shell.UserMessages;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;

/** One download link per format, each generating its file when followed. */
class DownloadLinks extends Div {

    /**
     * Documents made at once on this node through these links: the published plan and its status
     * reports, small (seconds, a few MB) and public, so made in the request, not as jobs.
     */
    static final int AT_ONCE = 4;

    private static final long WAIT_SECONDS = 10;
    private static final Semaphore MAKING = new Semaphore(AT_ONCE, true);

    /** How long documents take to be made, per document and format (Micrometer's global registry). */
    private static final String EXPORTS = "kokreation.exports";

    /** Writes one document into the response of the download request. */
    @FunctionalInterface
    interface Writing {
        void writeTo(OutputStream out) throws IOException;
    }

    DownloadLinks(
            String idPrefix,
            List<ExportFormat> formats,
            Function<ExportFormat, String> fileName,
            Function<ExportFormat, Writing> writing) {
        addClassName("kk-download-links");
        // "status-report-12-" counts as "status-report": one timer per kind of document, not per round
        String document = idPrefix.replaceAll("[-0-9]*$", "");
        for (ExportFormat format : formats) {
            Anchor link = new Anchor(
                    download(document, fileName.apply(format), format, writing.apply(format)),
                    getTranslation("export.download", format.label()));
            link.setId(idPrefix + format.extension());
            link.addClassName("kk-button-link-secondary");
            add(link);
        }
    }

    private static DownloadHandler download(String document, String fileName, ExportFormat format, Writing writing) {
        return (DownloadEvent event) -> {
            // Anyone may ask for a published plan's documents: a burst of clicks waits its turn
            // briefly, then hears to try again, instead of making dozens of files at once.
            boolean placed;
            try {
                placed = MAKING.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                placed = false;
            }
            if (!placed) {
                event.getResponse().setStatus(503);
                event.getUI().access(() -> UserMessages.showFailure(new DomainException("export.error.busy")));
                return;
            }
            try {
                send(document, fileName, format, writing, event);
            } finally {
                MAKING.release();
            }
        };
    }

    private static void send(
            String document, String fileName, ExportFormat format, Writing writing, DownloadEvent event)
            throws IOException {
        // The whole file is made before the first byte is sent, so a refusal or a failure never
        // ends in a cut-off download but in a message on the page.
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Timer.Sample making = Timer.start();
        try {
            writing.writeTo(file);
            making.stop(Metrics.timer(EXPORTS, "document", document, "format", format.extension(), "outcome", "made"));
        } catch (RuntimeException | IOException failure) {
            making.stop(
                    Metrics.timer(EXPORTS, "document", document, "format", format.extension(), "outcome", "failed"));
            event.getResponse()
                    .setStatus(
                            failure instanceof NotPermittedException || failure instanceof AccessDeniedException
                                    ? 403
                                    : failure instanceof DomainException ? 400 : 500);
            event.getUI().access(() -> UserMessages.showFailure(failure));
            return;
        }
        event.setFileName(fileName);
        event.setContentType(format.contentType());
        event.setContentLength(file.size());
        try (OutputStream out = event.getOutputStream()) {
            file.writeTo(out);
        }
    }
}
