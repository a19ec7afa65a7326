package de.kokreation.actionplan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import de.kokreation.actionplan.MilestoneImport;
import de.kokreation.actionplan.MilestoneSheet;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.MessageKey;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.UserMessages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

/**
 * The milestones as a CSV sheet for the people who report: download, fill in, upload. The result
 * of an upload is shown row by row; a refused file writes nothing.
 */
class MilestoneSheetPanel extends Section {

    /** A plan's sheet is a few kilobytes; a megabyte leaves room and refuses accidents. */
    static final int MAX_BYTES = 1024 * 1024;

    private final Div result = new Div();

    MilestoneSheetPanel(MilestoneSheet sheet, long planId, String planSlug, Runnable changed) {
        add(new H2(getTranslation("plan.import.heading")));
        add(new Paragraph(getTranslation("plan.import.explain")));
        Anchor download = new Anchor(
                (DownloadEvent event) -> {
                    ByteArrayOutputStream file = new ByteArrayOutputStream();
                    sheet.write(planId, file);
                    event.setFileName(planSlug + "-meilensteine.csv");
                    event.setContentType("text/csv; charset=UTF-8");
                    event.setContentLength(file.size());
                    try (OutputStream out = event.getOutputStream()) {
                        file.writeTo(out);
                    }
                },
                getTranslation("plan.import.download"));
        download.setId("milestone-sheet-download");
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            MilestoneImport outcome;
            try {
                outcome = sheet.read(planId, new ByteArrayInputStream(bytes));
            } catch (DomainException refused) {
                // Refused as a whole (the plan changed meanwhile, the right was taken away): said, not thrown.
                result.removeAll();
                UserMessages.showFailure(refused);
                return;
            }
            show(outcome);
            if (outcome.succeeded()) {
                changed.run();
            }
        })));
        upload.setMaxFiles(1);
        // A corrected sheet is uploaded again: the list of one file makes room for it.
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setId("milestone-sheet-upload");
        ComponentTexts.localized(upload);
        result.setId("milestone-sheet-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(download, upload, result);
        setId("milestone-sheet");
        addClassName("kk-form-stack");
    }

    private void show(MilestoneImport outcome) {
        result.removeAll();
        if (outcome.succeeded()) {
            UserMessages.showSuccess(getTranslation("plan.import.done", outcome.reports()));
            result.add(new Paragraph(getTranslation("plan.import.done", outcome.reports())));
            return;
        }
        result.add(new Paragraph(
                getTranslation("plan.import.refused", outcome.errors().size())));
        UnorderedList list = new UnorderedList();
        for (MilestoneImport.RowError error : outcome.errors()) {
            Object[] arguments = error.arguments().stream()
                    .map(argument -> argument instanceof MessageKey key ? getTranslation(key.key()) : argument)
                    .toArray();
            list.add(new ListItem(
                    getTranslation("plan.import.line", error.line(), getTranslation(error.messageKey(), arguments))));
        }
        result.add(list);
        result.addClassName("kk-callout");
    }
}
