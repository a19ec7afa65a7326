package de.kokreation.consultation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.RichText;
import de.kokreation.shell.MainLayout;

/** The start page: every consultation with its region, current phase and timeline. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class ConsultationListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final Div list = new Div();

    public ConsultationListView(ConsultationService consultations) {
        this.consultations = consultations;
        addClassName("kk-view");
        add(new H1(getTranslation("consultations.title")));
        Paragraph intro = new Paragraph(getTranslation("consultations.intro"));
        intro.addClassName("kk-lead");
        list.addClassName("kk-card-list");
        add(intro, list);
    }

    /** Loads on every navigation, not once per view instance: Vaadin reuses the instance for the same route. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.removeAll();
        for (ConsultationSummary consultation : consultations.listConsultations()) {
            list.add(card(consultation));
        }
    }

    private Article card(ConsultationSummary consultation) {
        H2 title = new H2(new Anchor(Permalinks.consultation(consultation.slug()), consultation.title()));
        Span region = new Span(getTranslation("consultation.region", consultation.region()));
        region.addClassName("kk-meta");
        Div header = new Div(region, new PhaseBadge(consultation.currentPhase()));
        header.addClassName("kk-card-meta");
        Paragraph teaser = new Paragraph(shorten(RichText.plainText(consultation.descriptionHtml()), 280));
        Article card = new Article(
                title,
                header,
                teaser,
                new TimelineList(consultation.timeline(), consultation.currentPhase(), getLocale()));
        card.addClassName("kk-card");
        return card;
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > 0 ? cut : max) + " …";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultations.title") + " – " + getTranslation("app.name");
    }
}
