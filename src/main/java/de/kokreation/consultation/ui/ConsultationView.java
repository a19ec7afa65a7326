package de.kokreation.consultation.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationEvents;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.Phase;
import de.kokreation.consultation.ThemeGroupStatistics;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.DataLicence;
import de.kokreation.shared.OpenDataTerms;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.EventTeasers;
import de.kokreation.shell.Formats;
import de.kokreation.shell.Html5;
import de.kokreation.shell.MainLayout;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** One consultation: its description, timeline and theme groups with their proposal counts. */
@Route(value = Permalinks.CONSULTATIONS + "/:slug", layout = MainLayout.class)
@AnonymousAllowed
public class ConsultationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ThemeGroupStatistics statistics;
    private String pageTitle = "";

    private final ModerationRights rights;
    private final ConsultationEvents events;

    private final OpenDataTerms openDataTerms;

    public ConsultationView(
            ConsultationService consultations,
            ThemeGroupStatistics statistics,
            ModerationRights rights,
            ConsultationEvents events,
            OpenDataTerms openDataTerms) {
        this.openDataTerms = openDataTerms;
        this.rights = rights;
        this.events = events;
        this.consultations = consultations;
        this.statistics = statistics;
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        ConsultationDetails details = consultations.getConsultation(slug);
        pageTitle = details.consultation().title();
        removeAll();
        var consultation = details.consultation();
        add(new Breadcrumbs(), new H1(consultation.title()));
        Span region = new Span(getTranslation("consultation.region", consultation.region()));
        region.addClassName("kk-meta");
        Div meta = new Div(region, new PhaseBadge(consultation.currentPhase()));
        meta.addClassName("kk-card-meta");
        add(meta);
        if (consultation.currentPhase() == Phase.PROPOSAL_COLLECTION) {
            Paragraph open = new Paragraph(getTranslation(
                    "consultation.collectionOpenUntil",
                    Formats.date(
                            consultation
                                    .timeline()
                                    .get(Phase.PROPOSAL_COLLECTION.ordinal())
                                    .end(),
                            getLocale())));
            open.addClassName("kk-callout");
            add(open);
        }
        add(Html5.sanitizedHtml(consultation.descriptionHtml()));
        if (consultation.currentPhase().showsDrafts()) {
            Anchor drafts = new Anchor(
                    Permalinks.consultationDrafts(consultation.slug()), getTranslation("consultation.draftsLink"));
            drafts.setId("consultation-drafts");
            Paragraph draftsCallout = new Paragraph(drafts);
            draftsCallout.addClassName("kk-callout");
            add(draftsCallout);
        }

        // Asked once per group; the answers also decide the condensing links below.
        Set<Long> moderated = details.themeGroups().stream()
                .map(ThemeGroupSummary::id)
                .filter(rights::mayModerate)
                .collect(Collectors.toSet());
        if (!moderated.isEmpty()) {
            Anchor export = new Anchor(
                    Permalinks.consultationExport(consultation.slug()), getTranslation("consultation.exportLink"));
            export.setId("consultation-export");
            Anchor dashboard = new Anchor(
                    Permalinks.consultationDashboard(consultation.slug()),
                    getTranslation("consultation.dashboardLink"));
            dashboard.setId("consultation-dashboard");
            Paragraph links = new Paragraph(dashboard, new Span(" · "), export);
            add(links);
        }

        Section timeline = new Section(
                new H2(getTranslation("consultation.timeline")),
                new TimelineList(consultation.timeline(), consultation.currentPhase(), getLocale()));
        add(timeline);

        var groupIds = details.themeGroups().stream().map(ThemeGroupSummary::id).toList();
        Map<Long, Long> counts = statistics.proposalCounts(groupIds);
        Map<Long, Long> answered = statistics.answeredCounts(groupIds);
        Div groups = new Div();
        groups.addClassName("kk-card-grid");
        for (ThemeGroupSummary group : details.themeGroups()) {
            H3 name = new H3(new Anchor(Permalinks.themeGroup(consultation.slug(), group.slug()), group.name()));
            Paragraph description = new Paragraph(group.description());
            Span count = new Span(getTranslation("themeGroup.proposalCount", counts.getOrDefault(group.id(), 0L)));
            count.addClassName("kk-meta");
            long total = counts.getOrDefault(group.id(), 0L);
            Article card = new Article(name, description, count);
            if (total > 0) {
                Span answeredCount = new Span(
                        getTranslation("themeGroup.answeredCount", answered.getOrDefault(group.id(), 0L), total));
                answeredCount.addClassName("kk-meta");
                card.add(new Div(answeredCount));
            }
            if (moderated.contains(group.id())) {
                Anchor condense = new Anchor(Permalinks.condensing(group.id()), getTranslation("themeGroup.condense"));
                condense.setId("condense-" + group.slug());
                card.add(new Div(condense));
            }
            card.addClassName("kk-card");
            groups.add(card);
        }
        add(new Section(new H2(getTranslation("consultation.themeGroups")), groups));
        if (consultation.currentPhase() != Phase.ANNOUNCEMENT) {
            add(participationSection(groupIds));
        }
        add(eventsSection(consultation.id(), consultation.slug()));
        add(openData(consultation.slug()));
    }

    /**
     * A small, honest picture of participation so far: four totals, counted a few minutes ago at
     * most. No personal data; a figure below {@link ThemeGroupStatistics#SMALLEST_PUBLIC_FIGURE}
     * is shown as "fewer than", so that nobody can be picked out of a tiny consultation.
     */
    private Section participationSection(List<Long> groupIds) {
        H2 heading = new H2(getTranslation("consultation.participation"));
        heading.setId("consultation-participation-heading");
        var counted = statistics.participation(groupIds);
        if (counted.isEmpty()) {
            Paragraph counting = new Paragraph(getTranslation("consultation.participation.counting"));
            counting.setId("consultation-participation-counting");
            Section section = new Section(heading, counting);
            section.setId("consultation-participation");
            section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            return section;
        }
        ThemeGroupStatistics.Participation participation = counted.get();
        Div tiles = new Div();
        tiles.addClassName("kk-figures");
        tiles.add(
                publicFigure("participants", participation.participants()),
                publicFigure("proposals", participation.proposals()),
                publicFigure("comments", participation.comments()),
                publicFigure("votes", participation.votes()));
        Paragraph asOf = new Paragraph(getTranslation(
                "consultation.participation.asOf", Formats.dateTime(participation.countedAt(), getLocale())));
        asOf.addClassName("kk-meta");
        Section section = new Section(heading, tiles, asOf);
        section.setId("consultation-participation");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        return section;
    }

    private Div publicFigure(String what, long value) {
        Span figure = new Span(
                value < ThemeGroupStatistics.SMALLEST_PUBLIC_FIGURE
                        ? getTranslation("consultation.participation.few", ThemeGroupStatistics.SMALLEST_PUBLIC_FIGURE)
                        : String.format(getLocale(), "%,d", value));
        figure.addClassName("kk-figure-value");
        Span label = new Span(getTranslation("consultation.participation." + what));
        label.addClassName("kk-figure-label");
        Div tile = new Div(figure, label);
        tile.setId("consultation-participation-" + what);
        tile.addClassName("kk-figure");
        return tile;
    }

    /** The consultation's workshops and online sessions, with the calendar feed to subscribe to. */
    private Section eventsSection(long consultationId, String slug) {
        return new EventTeasers(
                "consultation-events",
                "meeting.ofConsultation",
                events.of(consultationId),
                events.calendarLink(slug),
                events.mayPlan(consultationId) ? events.planningLink(slug) : null);
    }

    /** Plain links to the consultation's open data; the browser downloads them, not Vaadin's router. */
    private Section openData(String slug) {
        UnorderedList files = new UnorderedList();
        files.addClassName("kk-link-list");
        String[][] links = {
            {"opendata.exportJson", Permalinks.openDataFile(slug, "export.json")},
            {"opendata.proposalsCsv", Permalinks.openDataFile(slug, "proposals.csv")},
            {"opendata.commentsCsv", Permalinks.openDataFile(slug, "comments.csv")},
            {"opendata.draftsCsv", Permalinks.openDataFile(slug, "drafts.csv")},
            {"opendata.draftCommentsCsv", Permalinks.openDataFile(slug, "draft-comments.csv")},
            {"opendata.schema", Permalinks.openDataSchema("export.schema.json")},
            {"opendata.feed", Permalinks.consultationFeed(slug)},
            {"opendata.calendar", Permalinks.consultationCalendar(slug)},
            {"opendata.catalogue", Permalinks.OPEN_DATA_API + "/catalog.ttl"},
            {"opendata.openApi", Permalinks.OPEN_DATA_API + "/openapi.json"}
        };
        for (String[] link : links) {
            Anchor anchor = new Anchor(link[1], getTranslation(link[0]));
            anchor.setRouterIgnore(true);
            files.add(new ListItem(anchor));
        }
        DataLicence licence = openDataTerms.licence();
        Anchor licenceLink = new Anchor(licence.url(), licence.title());
        licenceLink.setRouterIgnore(true);
        Anchor termsLink = new Anchor("/teilnahmebedingungen", getTranslation("legal.terms"));
        Paragraph licensing = new Paragraph(
                new Text(getTranslation("opendata.licence.before") + " "),
                licenceLink,
                new Text(" " + getTranslation("opendata.licence.attribution", openDataTerms.attribution()) + " "),
                termsLink,
                new Text("."));
        licensing.setId("open-data-licence");
        Section section = new Section(
                new H2(getTranslation("opendata.heading")),
                new Paragraph(getTranslation("opendata.intro")),
                licensing,
                files);
        section.setId("open-data");
        return section;
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " – " + getTranslation("app.name");
    }
}
