package de.kokreation.export.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.export.DraftDocuments;
import de.kokreation.export.ExportFormat;
import de.kokreation.export.ExportJobs;
import de.kokreation.export.ExportableDraft;
import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobKind;
import de.kokreation.jobs.ui.JobControl;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where coordinators (and leads, for their theme groups) take the consultation's result to
 * government: the chosen drafts in the OGP template in four formats, and the Ergebnisbericht.
 * Drafts are generated when the link is followed; the report, which takes long at national scale,
 * is made in the background and offered when ready. The services check the caller's rights again.
 */
@Route(value = Permalinks.CONSULTATIONS + "/:slug/" + Permalinks.EXPORT, layout = MainLayout.class)
@PermitAll
public class ExportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final DraftDocuments documents;
    private final ExportJobs exportJobs;
    private final BackgroundJobs jobs;
    private final Div draftControls = new Div();
    private String consultationTitle = "";
    private String slug = "";
    private Set<Long> chosen = Set.of();

    public ExportView(
            ConsultationService consultations, DraftDocuments documents, ExportJobs exportJobs, BackgroundJobs jobs) {
        this.consultations = consultations;
        this.documents = documents;
        this.exportJobs = exportJobs;
        this.jobs = jobs;
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        consultationTitle = consultations.getConsultation(slug).consultation().title();
        List<ExportableDraft> drafts = documents.exportableDrafts(slug);
        removeAll();
        add(new Breadcrumbs().link(consultationTitle, Permalinks.consultation(slug)));
        add(new H1(getTranslation("export.title", consultationTitle)));
        add(new Paragraph(getTranslation("export.intro")));
        add(draftsSection(drafts), reportSection());
    }

    private Section draftsSection(List<ExportableDraft> drafts) {
        H2 heading = new H2(getTranslation("export.drafts"));
        heading.setId("export-drafts-heading");
        Section section = new Section(heading, new Paragraph(getTranslation("export.drafts.intro")));
        section.getElement().setAttribute("aria-labelledby", "export-drafts-heading");
        if (drafts.isEmpty()) {
            section.add(new Paragraph(getTranslation("export.drafts.none")));
            return section;
        }
        CheckboxGroup<ExportableDraft> choice = new CheckboxGroup<>(getTranslation("export.drafts.choice"));
        choice.setId("export-draft-choice");
        choice.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        choice.setItems(drafts);
        choice.setItemLabelGenerator(draft -> getTranslation(
                "export.drafts.item",
                draft.title(),
                draft.themeGroupName(),
                getTranslation("draft.status." + draft.status())));
        // Withdrawn drafts are rarely wanted in a document for government; they can still be ticked.
        choice.setValue(new LinkedHashSet<>(
                drafts.stream().filter(draft -> !draft.isWithdrawn()).toList()));
        Paragraph nothingChosen = new Paragraph(getTranslation("export.error.noDraftChosen"));
        nothingChosen.setId("export-nothing-chosen");
        nothingChosen.addClassName("kk-callout");
        choice.addValueChangeListener(change -> {
            chosen = ids(change.getValue());
            nothingChosen.setVisible(chosen.isEmpty());
            showDraftControls();
        });
        chosen = ids(choice.getValue());
        nothingChosen.setVisible(chosen.isEmpty());
        section.add(choice, nothingChosen);

        section.add(draftControls);
        showDraftControls();
        return section;
    }

    /**
     * One control per format for the drafts ticked now: each finds the caller's latest document of
     * exactly this choice, so a download never hands out the drafts of another choice. Made in the
     * background like the report; a burst of clicks makes one document per format and choice.
     */
    private void showDraftControls() {
        draftControls.removeAll();
        Locale locale = getLocale();
        Set<Long> choice = chosen;
        for (ExportFormat format : ExportFormat.values()) {
            JobControl control = new JobControl(
                    jobs,
                    "export-drafts-" + format.extension() + "-",
                    JobKind.DRAFT_EXPORT,
                    ExportJobs.draftsSubject(slug, format, locale, choice),
                    getTranslation("export.drafts.job", format.label()),
                    getTranslation("export.drafts.start", format.label()),
                    () -> exportJobs.startDrafts(slug, choice, format, locale));
            control.setStartAllowed(!choice.isEmpty());
            draftControls.add(control);
        }
    }

    private static Set<Long> ids(Set<ExportableDraft> drafts) {
        return Set.copyOf(drafts.stream().map(ExportableDraft::id).toList());
    }

    private Section reportSection() {
        H2 heading = new H2(getTranslation("export.report"));
        heading.setId("export-report-heading");
        Section section = new Section(heading, new Paragraph(getTranslation("export.report.intro")));
        section.getElement().setAttribute("aria-labelledby", "export-report-heading");
        Locale locale = getLocale();
        // At national scale the report takes some 20 s: it is made in the background, the page
        // follows it and offers the file when it is ready.
        for (ExportFormat format : List.of(ExportFormat.DOCX, ExportFormat.PDF)) {
            section.add(new JobControl(
                    jobs,
                    "export-report-" + format.extension() + "-",
                    JobKind.RESULT_REPORT,
                    ExportJobs.reportSubject(slug, format, locale),
                    getTranslation("export.report.job", format.label()),
                    getTranslation("export.report.start", format.label()),
                    () -> exportJobs.startReport(slug, format, locale)));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.title", consultationTitle) + " – " + getTranslation("app.name");
    }
}
