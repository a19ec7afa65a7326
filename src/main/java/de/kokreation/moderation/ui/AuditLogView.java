package de.kokreation.moderation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.moderation.AuditLog;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Stream;

/** Coordinators read what was moderated in their consultations, filtered by action. */
@Route(value = "moderation/protokoll", layout = MainLayout.class)
@PermitAll
public class AuditLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditLog auditLog;
    private final ConsultationAdministration administration;
    private final Select<ConsultationSummary> consultation = new Select<>();
    private final Select<ContentModerated.Action> action = new Select<>();
    private final Grid<AuditLog.Entry> grid = new Grid<>();

    public AuditLogView(AuditLog auditLog, ConsultationAdministration administration) {
        this.auditLog = auditLog;
        this.administration = administration;
        addClassNames("kk-view", "kk-wide");
        consultation.setLabel(getTranslation("moderation.log.consultation"));
        consultation.setItemLabelGenerator(ConsultationSummary::title);
        consultation.setId("log-consultation");
        action.setLabel(getTranslation("moderation.log.action"));
        action.setItems(ContentModerated.Action.values());
        action.setItemLabelGenerator(value -> value == null
                ? getTranslation("moderation.log.allActions")
                : getTranslation("moderation.action." + value.name()));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("moderation.log.allActions"));
        action.setId("log-action");
        consultation.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        action.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addColumn(entry -> Formats.dateTime(entry.at(), getLocale()))
                .setHeader(getTranslation("moderation.log.when"))
                .setAutoWidth(true);
        grid.addColumn(entry -> entry.actorName().isBlank() ? getTranslation("account.deletedName") : entry.actorName())
                .setHeader(getTranslation("moderation.log.who"))
                .setAutoWidth(true);
        grid.addColumn(entry -> getTranslation(
                                "moderation.action." + entry.action().name()) + " – "
                        + getTranslation("moderation.type." + entry.targetType().name()) + " #" + entry.targetId())
                .setHeader(getTranslation("moderation.log.what"))
                .setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::themeGroupName).setHeader(getTranslation("moderation.log.group"));
        grid.addColumn(entry -> entry.reason() == null ? "" : entry.reason())
                .setHeader(getTranslation("moderation.log.why"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("34rem");
        grid.setId("log-grid");
        grid.setItems(
                query -> consultation.getValue() == null
                        ? Stream.empty()
                        : auditLog
                                .entries(
                                        consultation.getValue().id(),
                                        action.getValue(),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream(),
                query -> consultation.getValue() == null
                        ? 0
                        : (int) auditLog.count(consultation.getValue().id(), action.getValue()));
        Div filters = new Div(consultation, action);
        filters.addClassName("kk-filters");
        add(new H1(getTranslation("moderation.log.title")), filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ConsultationSummary> mine = administration.manageableConsultations();
        consultation.setItems(mine);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("manage.none")));
        } else if (consultation.getValue() == null) {
            consultation.setValue(mine.getFirst());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.log.title") + " – " + getTranslation("app.name");
    }
}
