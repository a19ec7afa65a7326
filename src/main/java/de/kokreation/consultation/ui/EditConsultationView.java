package de.kokreation.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.account.AccountAdministration;
import de.kokreation.account.CurrentUser;
import de.kokreation.account.Role;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationEdit;
import de.kokreation.consultation.ConsultationLimits;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.Phase;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.consultation.Timeline;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.PeopleEditor;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Coordinators (and admins) edit a consultation: texts, region, timeline, theme groups and their
 * leads; admins also name the coordinators. The service checks every change again.
 */
@Route(value = "verwaltung/:slug", layout = MainLayout.class)
@PermitAll
public class EditConsultationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ConsultationAdministration administration;
    private final AccountAdministration accounts;
    private final CurrentUser currentUser;
    private String slug = "";

    public EditConsultationView(
            ConsultationService consultations,
            ConsultationAdministration administration,
            AccountAdministration accounts,
            CurrentUser currentUser) {
        this.consultations = consultations;
        this.administration = administration;
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassNames("kk-view", "kk-narrow");
    }

    static String path(String slug) {
        return "/verwaltung/" + slug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        render();
    }

    private void render() {
        ConsultationDetails details = consultations.getConsultation(slug);
        ConsultationSummary consultation = details.consultation();
        if (!administration.mayManage(consultation.id())) {
            throw new NotPermittedException("consultation.error.notCoordinator");
        }
        removeAll();
        add(new H1(getTranslation("manage.edit.title", consultation.title())), textsSection(consultation));
        if (currentUser.require().hasRole(Role.ADMIN)) {
            add(peopleSection(
                    "manage.coordinators",
                    consultation.coordinatorAccountIds(),
                    id -> administration.assignCoordinator(consultation.id(), id),
                    id -> administration.removeCoordinator(consultation.id(), id),
                    "coordinator"));
        }
        Section groups = new Section(new H2(getTranslation("consultation.themeGroups")));
        for (ThemeGroupSummary group : details.themeGroups()) {
            groups.add(themeGroupEditor(group));
        }
        groups.add(newThemeGroupForm(consultation.id()));
        add(groups);
    }

    private Section textsSection(ConsultationSummary consultation) {
        TextField title = new TextField(getTranslation("manage.field.title"));
        title.setValue(consultation.title());
        title.setMaxLength(ConsultationLimits.TITLE_MAX);
        title.setId("consultation-title");
        TextField region = new TextField(getTranslation("manage.field.region"));
        region.setValue(consultation.region());
        region.setMaxLength(ConsultationLimits.REGION_MAX);
        region.setId("consultation-region");
        TextArea description = new TextArea(getTranslation("manage.field.description"));
        description.setValue(consultation.descriptionSource());
        description.setMaxLength(ConsultationLimits.DESCRIPTION_MAX);
        description.setId("consultation-description");
        Map<Phase, DatePicker> starts = new EnumMap<>(Phase.class);
        FormLayout form = new FormLayout(title, region, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        for (Phase phase : Phase.values()) {
            DatePicker start = ComponentTexts.localized(
                    new DatePicker(getTranslation("manage.field.phaseStart", getTranslation(phase.messageKey()))));
            start.setValue(consultation.startOf(phase));
            start.setLocale(getLocale());
            start.setId("phase-start-" + phase.name().toLowerCase(Locale.ROOT));
            starts.put(phase, start);
            form.add(start);
        }
        Button save = new Button(getTranslation("profile.save"), click -> {
            try {
                Timeline timeline = new Timeline(
                        starts.get(Phase.ANNOUNCEMENT).getValue(),
                        starts.get(Phase.PROPOSAL_COLLECTION).getValue(),
                        starts.get(Phase.CONDENSING).getValue(),
                        starts.get(Phase.DRAFT_COMMENTING).getValue(),
                        starts.get(Phase.CLOSED).getValue());
                administration.updateConsultation(
                        consultation.id(),
                        new ConsultationEdit(title.getValue(), region.getValue(), description.getValue(), timeline));
                UserMessages.showSuccess(getTranslation("profile.saved"));
            } catch (DomainException rejected) {
                UserMessages.showFailure(rejected);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("consultation-save");
        return new Section(new H2(getTranslation("manage.texts")), form, save);
    }

    private Component themeGroupEditor(ThemeGroupSummary group) {
        TextField name = new TextField(getTranslation("manage.field.groupName"));
        name.setValue(group.name());
        name.setMaxLength(ConsultationLimits.THEME_GROUP_NAME_MAX);
        name.setId("group-name-" + group.id());
        TextArea description = new TextArea(getTranslation("manage.field.description"));
        description.setValue(group.description());
        description.setMaxLength(ConsultationLimits.DESCRIPTION_MAX);
        description.setId("group-description-" + group.id());
        Button save = new Button(getTranslation("profile.save"), click -> {
            name.setInvalid(false);
            description.setInvalid(false);
            try {
                administration.updateThemeGroup(group.id(), name.getValue(), description.getValue());
                UserMessages.showSuccess(getTranslation("profile.saved"));
            } catch (DomainException rejected) {
                // at the field it concerns; the typed text stays
                var field = rejected.messageKey().startsWith("themeGroup.error.name") ? name : description;
                field.setInvalid(true);
                field.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), rejected));
            }
        });
        save.setId("group-save-" + group.id());
        Div editor = new Div(
                new H3(group.name()),
                name,
                description,
                save,
                peopleSection(
                        "manage.leads",
                        group.leadAccountIds(),
                        id -> administration.assignLead(group.id(), id),
                        id -> administration.removeLead(group.id(), id),
                        "lead-" + group.id()));
        editor.addClassNames("kk-card", "kk-form-stack");
        return editor;
    }

    private Section peopleSection(
            String headingKey, Set<Long> accountIds, LongConsumer add, LongConsumer remove, String idPrefix) {
        return new PeopleEditor(
                getTranslation(headingKey),
                accounts.displayNames(accountIds),
                accounts::activeAccountId,
                add,
                remove,
                idPrefix,
                this::render);
    }

    private Component newThemeGroupForm(long consultationId) {
        TextField name = new TextField(getTranslation("manage.field.groupName"));
        name.setMaxLength(ConsultationLimits.THEME_GROUP_NAME_MAX);
        name.setId("new-group-name");
        TextField groupSlug = new TextField(getTranslation("manage.field.slug"));
        groupSlug.setMaxLength(ConsultationLimits.SLUG_MAX);
        groupSlug.setHelperText(getTranslation("manage.field.slug.helper"));
        groupSlug.setId("new-group-slug");
        Button add = new Button(getTranslation("manage.addGroup"), click -> {
            try {
                administration.addThemeGroup(
                        consultationId, groupSlug.getValue().strip(), name.getValue(), "");
                render();
            } catch (DomainException rejected) {
                var field = rejected.messageKey().startsWith("themeGroup.error.name") ? name : groupSlug;
                field.setInvalid(true);
                field.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), rejected));
            }
        });
        add.setId("new-group-add");
        Div form = new Div(new H3(getTranslation("manage.newGroup")), name, groupSlug, add);
        form.addClassNames("kk-card", "kk-form-stack");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.title") + " – " + getTranslation("app.name");
    }
}
