package de.kokreation.meeting.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobState;
import de.kokreation.jobs.JobStatus;
import de.kokreation.meeting.MeetingService;
import de.kokreation.meeting.WorkshopImports;
import de.kokreation.meeting.WorkshopIntake;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalLimits;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.DataTables;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.TypedText;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Organisers type in the cards of a workshop: one form that stays open for the next card (the
 * theme group stays chosen, the focus goes back to the title, Ctrl+Enter saves), or a CSV file
 * checked row by row. The cards typed in so far are listed with their dots, which can be counted
 * again.
 */
@Route(value = Permalinks.MEETINGS + "/:id/karten", layout = MainLayout.class)
@PermitAll
public class WorkshopIntakeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkshopIntake intake;
    private final WorkshopImports imports;
    private final BackgroundJobs jobs;
    private final MeetingService meetings;
    private @Nullable Runnable stopFollowing;
    private final Paragraph announcement = new Paragraph();
    private final Div cards = new Div();
    private final Div importResult = new Div();
    private long meetingId;

    public WorkshopIntakeView(
            WorkshopIntake intake, WorkshopImports imports, BackgroundJobs jobs, MeetingService meetings) {
        this.intake = intake;
        this.imports = imports;
        this.jobs = jobs;
        this.meetings = meetings;
        addClassNames("kk-view", "kk-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = MeetingView.parseId(event.getRouteParameters().get("id").orElse(""));
        List<ThemeGroupSummary> groups = intake.themeGroups(meetingId);
        String title = meetings.meeting(meetingId).summary().title();
        removeAll();
        add(
                new Breadcrumbs().link(title, Permalinks.meeting(meetingId)),
                new H1(getTranslation("intake.title", title)),
                new Paragraph(getTranslation("intake.intro")));
        announcement.setId("intake-announcement");
        announcement.getElement().setAttribute("role", "status");
        announcement.addClassName("kk-meta");
        add(cardForm(groups), announcement, cards, csvImport());
        showCards();
    }

    private Section cardForm(List<ThemeGroupSummary> groups) {
        Select<ThemeGroupSummary> group = new Select<>();
        group.setLabel(getTranslation("intake.themeGroup"));
        group.setItems(groups);
        group.setItemLabelGenerator(ThemeGroupSummary::name);
        if (!groups.isEmpty()) {
            group.setValue(groups.getFirst());
        }
        group.setId("intake-theme-group");
        TextField title = TypedText.countedAsTyped(new TextField(getTranslation("intake.cardTitle")));
        title.setMaxLength(ProposalLimits.TITLE_MAX);
        title.setRequired(true);
        title.setId("intake-title");
        TextArea text = TypedText.countedAsTyped(new TextArea(getTranslation("intake.cardText")));
        text.setMaxLength(ProposalLimits.BODY_MAX);
        text.setHelperText(getTranslation("intake.cardText.helper"));
        text.setRequired(true);
        text.setId("intake-text");
        IntegerField dots =
                ComponentTexts.localized(new IntegerField(getTranslation("intake.dots")), 0, WorkshopIntake.DOTS_MAX);
        dots.setHelperText(getTranslation("intake.dots.helper"));
        dots.setId("intake-dots");
        Button save = new Button(getTranslation("intake.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("intake-save");
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.addClickListener(click -> {
            title.setInvalid(false);
            text.setInvalid(false);
            if (group.getValue() == null) {
                UserMessages.showError(getTranslation("intake.error.group"));
                return;
            }
            if (dots.isInvalid()) {
                return;
            }
            try {
                intake.record(
                        meetingId,
                        group.getValue().id(),
                        new ProposalDraft(title.getValue(), text.getValue()),
                        dots.getValue());
            } catch (DomainException refused) {
                String message = UserMessages.describe(getUI().orElseThrow(), refused);
                var field = refused.messageKey().contains("title") ? title : text;
                field.setErrorMessage(message);
                field.setInvalid(true);
                return;
            } catch (jakarta.validation.ConstraintViolationException refused) {
                UserMessages.showFailure(refused);
                return;
            }
            String saved = title.getValue().strip();
            title.clear();
            text.clear();
            dots.clear();
            // Emptied for the next card, not wrong: no "required" mark before anything is typed.
            title.setInvalid(false);
            text.setInvalid(false);
            title.focus();
            showCards();
            announcement.setText(getTranslation("intake.saved", saved));
        });
        Section form = new Section(new H2(getTranslation("intake.form")), group, title, text, dots, save);
        form.addClassNames("kk-card", "kk-form-stack");
        form.setId("intake-form");
        return form;
    }

    private void showCards() {
        cards.removeAll();
        List<WorkshopIntake.Card> recorded = intake.cards(meetingId);
        cards.add(new H2(getTranslation("intake.cards", recorded.size())));
        if (recorded.isEmpty()) {
            cards.add(new Paragraph(getTranslation("intake.noCards")));
            return;
        }
        NativeTable table = DataTables.table(
                "intake-cards",
                getTranslation("intake.cards.caption"),
                List.of(getTranslation("intake.column.title"), getTranslation("intake.column.dots")));
        for (WorkshopIntake.Card card : recorded) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell()
                    .add(new Anchor(
                            Permalinks.proposal(card.proposal().id()),
                            card.proposal().title()));
            IntegerField dots = ComponentTexts.localized(new IntegerField(), 0, WorkshopIntake.DOTS_MAX);
            dots.setAriaLabel(getTranslation("intake.dotsFor", card.proposal().title()));
            dots.setValue(card.dots());
            dots.addValueChangeListener(change -> {
                if (change.isFromClient() && !dots.isInvalid()) {
                    try {
                        intake.countDots(meetingId, card.proposal().id(), change.getValue());
                        announcement.setText(getTranslation(
                                "intake.dotsSaved", card.proposal().title()));
                    } catch (DomainException refused) {
                        UserMessages.showFailure(refused);
                    }
                }
            });
            row.addDataCell().add(dots);
        }
        cards.add(DataTables.scrolling(table));
    }

    private Section csvImport() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            JobStatus started;
            try {
                started = imports.start(meetingId, bytes);
            } catch (DomainException refused) {
                importResult.removeAll();
                UserMessages.showFailure(refused);
                return;
            }
            follow(ui, started);
        })));
        upload.setMaxFiles(1);
        // A corrected file is uploaded again: the list of one file makes room for it.
        upload.addAllFinishedListener(finished -> upload.clearFileList());
        upload.setMaxFileSize(WorkshopIntake.MAX_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setId("intake-upload");
        ComponentTexts.localized(upload);
        importResult.setId("intake-import-result");
        importResult.getElement().setAttribute("aria-live", "polite");
        Section section = new Section(
                new H2(getTranslation("intake.import")),
                new Paragraph(getTranslation("intake.import.explain", WorkshopIntake.MAX_ROWS)),
                upload,
                importResult);
        section.setId("intake-import");
        section.addClassName("kk-form-stack");
        return section;
    }

    /** Follows the import's job: its progress while it runs, pushed; its outcome once it ends. */
    private void follow(UI ui, JobStatus started) {
        stopFollowing();
        importResult.removeAll();
        importResult.removeClassName("kk-callout");
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        bar.setId("intake-import-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("intake.import.running"));
        Paragraph text = new Paragraph(getTranslation("intake.import.running"));
        importResult.add(text, bar);
        stopFollowing = jobs.listen(
                started.id(),
                status -> ui.access(() -> {
                    if (status.state().isActive()) {
                        if (status.percent() >= 0) {
                            bar.setIndeterminate(false);
                            bar.setValue(status.percent() / 100.0);
                            text.setText(getTranslation(
                                    "intake.import.progress",
                                    status.stepsDone(),
                                    Objects.requireNonNull(status.stepsTotal())));
                        }
                        return;
                    }
                    stopFollowing();
                    showImport(status);
                }));
    }

    private void stopFollowing() {
        Runnable stop = stopFollowing;
        stopFollowing = null;
        if (stop != null) {
            stop.run();
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopFollowing();
        super.onDetach(detach);
    }

    private void showImport(JobStatus ended) {
        importResult.removeAll();
        importResult.removeClassName("kk-callout");
        if (ended.state() == JobState.DONE) {
            String done = getTranslation("intake.import.done", ended.stepsDone());
            importResult.add(new Paragraph(done));
            UserMessages.showSuccess(done);
            showCards();
            return;
        }
        importResult.addClassName("kk-callout");
        if (!"intake.import.refused".equals(ended.messageKey())) {
            // the meeting closed meanwhile, the server restarted, the job was cancelled …
            String key = ended.messageKey() == null ? "error.unexpected" : ended.messageKey();
            importResult.add(
                    new Paragraph(getTranslation(key, ended.messageArguments().toArray())));
            return;
        }
        List<WorkshopIntake.RowError> errors = imports.refusals(meetingId, ended.subject());
        int refusedRows =
                errors.isEmpty() ? Integer.parseInt(ended.messageArguments().getFirst()) : errors.size();
        importResult.add(new Paragraph(getTranslation("intake.import.refused", refusedRows)));
        UnorderedList list = new UnorderedList();
        for (WorkshopIntake.RowError error : errors) {
            list.add(new ListItem(getTranslation(
                    "intake.import.line",
                    error.line(),
                    getTranslation(error.messageKey(), error.arguments().toArray()))));
        }
        importResult.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.pageTitle") + " – " + getTranslation("app.name");
    }
}
