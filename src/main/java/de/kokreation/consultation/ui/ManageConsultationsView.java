package de.kokreation.consultation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The consultations the logged-in person coordinates (all of them for admins). */
@Route(value = "verwaltung", layout = MainLayout.class)
@PermitAll
public class ManageConsultationsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationAdministration administration;

    public ManageConsultationsView(ConsultationAdministration administration) {
        this.administration = administration;
        addClassNames("kk-view", "kk-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("manage.title")));
        List<ConsultationSummary> mine = administration.manageableConsultations();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("manage.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (ConsultationSummary consultation : mine) {
            Anchor edit = new Anchor(EditConsultationView.path(consultation.slug()), consultation.title());
            list.add(new ListItem(edit));
        }
        add(new Paragraph(getTranslation("manage.intro")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.title") + " – " + getTranslation("app.name");
    }
}
