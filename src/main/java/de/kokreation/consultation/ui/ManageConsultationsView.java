package de.kokreation.consultation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.account.CurrentUser;
import de.kokreation.account.Role;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationLimits;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.NewConsultation;
import de.kokreation.consultation.Phase;
import de.kokreation.consultation.Timeline;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;

/** The consultations the logged-in person coordinates (all of them for admins). */
@Route(value = "verwaltung", layout = MainLayout.class)
@PermitAll
public class ManageConsultationsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationAdministration administration;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;

    public ManageConsultationsView(
            ConsultationAdministration administration, ConsultationService consultations, CurrentUser currentUser) {
        this.administration = administration;
        this.consultations = consultations;
        this.currentUser = currentUser;
        addClassNames("kk-view", "kk-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("manage.title")));
        List<ConsultationSummary> mine = administration.manageableConsultations();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("manage.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (ConsultationSummary consultation : mine) {
                Anchor edit = new Anchor(EditConsultationView.path(consultation.slug()), consultation.title());
                list.add(new ListItem(edit));
            }
            add(new Paragraph(getTranslation("manage.intro")), list);
        }
        if (currentUser.require().hasRole(Role.ADMIN)) {
            add(newConsultationForm());
        }
    }

    /** Admins set up a consultation; coordinators and theme groups follow on its edit page. */
    private Section newConsultationForm() {
        TextField title = new TextField(getTranslation("manage.field.title"));
        title.setMaxLength(ConsultationLimits.TITLE_MAX);
        title.setId("new-consultation-title");
        TextField slug = new TextField(getTranslation("manage.field.slug"));
        slug.setHelperText(getTranslation("manage.field.slug.helper"));
        slug.setMaxLength(ConsultationLimits.SLUG_MAX);
        slug.setId("new-consultation-slug");
        TextField region = new TextField(getTranslation("manage.field.region"));
        region.setMaxLength(ConsultationLimits.REGION_MAX);
        region.setId("new-consultation-region");
        DatePicker announcement = new DatePicker(
                getTranslation("manage.field.phaseStart", getTranslation(Phase.ANNOUNCEMENT.messageKey())));
        ComponentTexts.localized(announcement);
        announcement.setId("new-consultation-start");
        announcement.setHelperText(getTranslation("manage.new.datesHint"));
        Button create = new Button(getTranslation("manage.new.create"), click -> {
            try {
                LocalDate start =
                        announcement.getValue() == null ? LocalDate.now(Formats.ZONE) : announcement.getValue();
                // A first timeline of four-week phases; the coordinators adjust it on the edit page.
                ConsultationSummary created = consultations.createConsultation(new NewConsultation(
                        slug.getValue().strip(),
                        title.getValue(),
                        region.getValue(),
                        "",
                        new Timeline(
                                start,
                                start.plusWeeks(4),
                                start.plusWeeks(8),
                                start.plusWeeks(12),
                                start.plusWeeks(16)),
                        List.of()));
                UI.getCurrent().navigate(EditConsultationView.path(created.slug()));
            } catch (DomainException | ConstraintViolationException rejected) {
                UserMessages.showFailure(rejected);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-consultation-create");
        Section section =
                new Section(new H2(getTranslation("manage.new.title")), title, slug, region, announcement, create);
        section.addClassNames("kk-card", "kk-form-stack");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.title") + " – " + getTranslation("app.name");
    }
}
