package de.kokreation.drafting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftDetails;
import de.kokreation.drafting.DraftEditConflict;
import de.kokreation.drafting.DraftLimits;
import de.kokreation.drafting.DraftService;
import de.kokreation.drafting.VersionInfo;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The OGP template as a form. A save names the version it started from; when another lead saved
 * in between, the save is refused, their version is shown beside the form, and the typed text stays
 * in the form to be merged by hand and saved again.
 */
@Route(value = Permalinks.DRAFTS + "/:id/bearbeiten", layout = MainLayout.class)
@PermitAll
public class DraftEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final TextField title = new TextField();
    private final DatePicker startDate = ComponentTexts.localized(new DatePicker());
    private final DatePicker endDate = ComponentTexts.localized(new DatePicker());
    private final TextField leadAgency = new TextField();
    private final TextArea problem = new TextArea();
    private final TextArea commitment = new TextArea();
    private final TextArea contribution = new TextArea();
    private final TextArea ogpRelevance = new TextArea();
    private final TextArea additionalInfo = new TextArea();
    private final TextField contactName = new TextField();
    private final TextField contactRole = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextArea actorsState = new TextArea();
    private final TextArea actorsCivilSociety = new TextArea();
    private final TextArea actorsPrivate = new TextArea();
    private final Div conflictArea = new Div();
    private final Paragraph formError = new Paragraph();
    private MilestonesEditor milestones = new MilestonesEditor(List.of());
    private long draftId;
    private int baseVersion;

    public DraftEditorView(DraftService drafts) {
        this.drafts = drafts;
        addClassName("kk-view");
    }

    public static String path(long draftId) {
        return Permalinks.draft(draftId) + "/bearbeiten";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        draftId = DraftView.parseId(event.getRouteParameters().get("id").orElse(""));
        DraftDetails draft = drafts.get(draftId);
        if (!draft.mayEdit()) {
            UserMessages.showError(getTranslation("draft.error.notEditable"));
            event.forwardTo(Permalinks.draft(draftId).substring(1));
            return;
        }
        baseVersion = draft.version();
        removeAll();
        conflictArea.removeAll();
        conflictArea.removeClassName("kk-callout");
        var group = draft.themeGroup();
        add(new Breadcrumbs()
                .link(group.consultationTitle(), Permalinks.consultation(group.consultationSlug()))
                .link(group.name(), Permalinks.condensing(group.id()))
                .link(draft.content().title(), Permalinks.draft(draftId)));
        add(new H1(getTranslation("draft.editor.title")), new Paragraph(getTranslation("draft.editor.intro")));
        fill(draft.content());
        conflictArea.setId("draft-conflict");
        formError.setId("draft-form-error");
        formError.addClassName("kk-form-error");
        formError.getElement().setAttribute("role", "alert");
        add(conflictArea, form());
    }

    private Div form() {
        configure(title, "draft.field.title", "draft-title", DraftLimits.TITLE_MAX);
        title.setRequired(true);
        title.setMinLength(DraftLimits.TITLE_MIN);
        startDate.setLabel(getTranslation("draft.field.startDate"));
        startDate.setId("draft-start");
        endDate.setLabel(getTranslation("draft.field.endDate"));
        endDate.setId("draft-end");
        configure(leadAgency, "draft.field.leadAgency", "draft-agency", DraftLimits.AGENCY_MAX);
        configureArea(problem, "draft.field.problem", "draft-problem", DraftLimits.TEXT_MAX);
        configureArea(commitment, "draft.field.commitment", "draft-commitment", DraftLimits.TEXT_MAX);
        configureArea(contribution, "draft.field.contribution", "draft-contribution", DraftLimits.TEXT_MAX);
        configureArea(ogpRelevance, "draft.field.ogpRelevance", "draft-relevance", DraftLimits.TEXT_MAX);
        configureArea(additionalInfo, "draft.field.additionalInfo", "draft-additional", DraftLimits.TEXT_MAX);
        configure(contactName, "draft.field.contactName", "draft-contact-name", DraftLimits.CONTACT_MAX);
        configure(contactRole, "draft.field.contactRole", "draft-contact-role", DraftLimits.CONTACT_MAX);
        contactEmail.setLabel(getTranslation("draft.field.contactEmail"));
        contactEmail.setMaxLength(DraftLimits.EMAIL_MAX);
        contactEmail.setId("draft-contact-email");
        contactEmail.setErrorMessage(getTranslation("draft.error.email"));
        configureArea(actorsState, "draft.field.actorsState", "draft-actors-state", DraftLimits.ACTORS_MAX);
        configureArea(
                actorsCivilSociety, "draft.field.actorsCivilSociety", "draft-actors-civil", DraftLimits.ACTORS_MAX);
        configureArea(actorsPrivate, "draft.field.actorsPrivate", "draft-actors-private", DraftLimits.ACTORS_MAX);
        problem.setHelperText(getTranslation("draft.editor.markdownHelper"));

        Button save = new Button(getTranslation("draft.editor.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("draft-save");
        Anchor cancel = new Anchor(Permalinks.draft(draftId), getTranslation("common.cancel"));
        cancel.addClassName("kk-button-link-secondary");
        Div buttons = new Div(save, cancel);
        buttons.addClassName("kk-form-buttons");

        Div form = new Div(
                section("draft.editor.basics", title, startDate, endDate, leadAgency),
                section("draft.editor.description", problem, commitment, contribution, ogpRelevance, additionalInfo),
                milestones,
                section("draft.editor.contact", contactName, contactRole, contactEmail),
                section("draft.editor.actors", actorsState, actorsCivilSociety, actorsPrivate),
                formError,
                buttons);
        form.addClassName("kk-editor-form");
        return form;
    }

    private Section section(String headingKey, Component... fields) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.add(fields);
        section.addClassName("kk-editor-form");
        return section;
    }

    private void configure(TextField field, String labelKey, String id, int max) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(max);
        field.setWidthFull();
        field.setId(id);
    }

    private void configureArea(TextArea field, String labelKey, String id, int max) {
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(max);
        field.setWidthFull();
        field.setMinHeight("6rem");
        field.setId(id);
    }

    private void fill(DraftContent content) {
        title.setValue(content.title());
        startDate.setValue(content.startDate());
        endDate.setValue(content.endDate());
        leadAgency.setValue(content.leadAgency());
        problem.setValue(content.problem());
        commitment.setValue(content.commitment());
        contribution.setValue(content.contribution());
        ogpRelevance.setValue(content.ogpRelevance());
        additionalInfo.setValue(content.additionalInfo());
        contactName.setValue(content.contactName());
        contactRole.setValue(content.contactRole());
        contactEmail.setValue(content.contactEmail());
        actorsState.setValue(content.actorsState());
        actorsCivilSociety.setValue(content.actorsCivilSociety());
        actorsPrivate.setValue(content.actorsPrivate());
        milestones = new MilestonesEditor(content.milestones());
    }

    private DraftContent typed() {
        return new DraftContent(
                title.getValue(),
                startDate.getValue(),
                endDate.getValue(),
                leadAgency.getValue(),
                problem.getValue(),
                commitment.getValue(),
                contribution.getValue(),
                ogpRelevance.getValue(),
                additionalInfo.getValue(),
                contactName.getValue(),
                contactRole.getValue(),
                contactEmail.getValue(),
                actorsState.getValue(),
                actorsCivilSociety.getValue(),
                actorsPrivate.getValue(),
                milestones.value());
    }

    private void save() {
        formError.setText("");
        try {
            baseVersion = drafts.save(draftId, baseVersion, typed());
            conflictArea.removeAll();
            UserMessages.showSuccess(getTranslation("draft.editor.saved", baseVersion));
            getUI().ifPresent(ui -> ui.navigate(Permalinks.draft(draftId)));
        } catch (DraftEditConflict conflict) {
            showConflict();
        } catch (DomainException refused) {
            formError.setText(UserMessages.describe(getUI().orElseThrow(), refused));
        }
    }

    /**
     * Shows what the other lead saved, keeps the form as typed, and lets the next save build on
     * their version: the lead merges by hand, nobody's text is lost.
     */
    private void showConflict() {
        VersionInfo theirs = drafts.versions(draftId).stream().findFirst().orElseThrow();
        conflictArea.removeAll();
        Paragraph message = new Paragraph(getTranslation(
                "draft.editor.conflict",
                theirs.authorName().isBlank() ? getTranslation("account.deletedName") : theirs.authorName(),
                Formats.dateTime(theirs.savedAt(), getLocale()),
                theirs.number()));
        message.getElement().setAttribute("role", "alert");
        Anchor compare = new Anchor(
                DraftHistoryView.path(draftId, baseVersion, theirs.number()),
                getTranslation("draft.editor.conflictCompare"));
        compare.setTarget("_blank");
        Div details = new Div(
                new H2(getTranslation("draft.editor.theirVersion", theirs.number())),
                new DraftTemplateTable(drafts.versionContent(draftId, theirs.number()), getLocale()));
        details.addClassName("kk-conflict-theirs");
        conflictArea.add(message, new Paragraph(compare), details);
        conflictArea.addClassName("kk-callout");
        baseVersion = theirs.number();
        title.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("draft.editor.title") + " – " + getTranslation("app.name");
    }
}
