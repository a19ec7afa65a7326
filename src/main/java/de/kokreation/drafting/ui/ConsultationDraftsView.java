package de.kokreation.drafting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.DraftService;
import de.kokreation.drafting.DraftSummary;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.MainLayout;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The public draft commitments of a consultation, numbered, by theme group. */
@Route(value = Permalinks.CONSULTATIONS + "/:slug/" + Permalinks.DRAFTS, layout = MainLayout.class)
@AnonymousAllowed
public class ConsultationDraftsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final DraftService drafts;
    private String consultationTitle = "";

    public ConsultationDraftsView(ConsultationService consultations, DraftService drafts) {
        this.consultations = consultations;
        this.drafts = drafts;
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        ConsultationDetails consultation = consultations.getConsultation(slug);
        consultationTitle = consultation.consultation().title();
        removeAll();
        add(new Breadcrumbs().link(consultationTitle, Permalinks.consultation(slug)));
        add(new H1(getTranslation("draft.list.heading", consultationTitle)));
        List<DraftSummary> published = drafts.publicDrafts(slug);
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("draft.list.none")));
            return;
        }
        Map<Long, List<DraftSummary>> byGroup =
                published.stream().collect(Collectors.groupingBy(DraftSummary::themeGroupId));
        int number = 1;
        for (ThemeGroupSummary group : consultation.themeGroups()) {
            List<DraftSummary> groupDrafts = byGroup.get(group.id());
            if (groupDrafts == null) {
                continue;
            }
            OrderedList list = new OrderedList();
            list.getElement().setAttribute("start", Integer.toString(number));
            list.addClassName("kk-link-list");
            for (DraftSummary draft : groupDrafts) {
                Span meta = new Span(getTranslation(draft.status().messageKey()) + " · "
                        + getTranslation("draft.list.proposals", draft.proposalCount()));
                meta.addClassName("kk-meta");
                list.add(new ListItem(new Anchor(Permalinks.draft(draft.id()), draft.title()), meta));
                number++;
            }
            add(new H2(group.name()), list);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("draft.list.heading", consultationTitle) + " – " + getTranslation("app.name");
    }
}
