package de.kokreation.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.Phase;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.CommitmentRef;
import de.kokreation.proposal.OutcomeFilter;
import de.kokreation.proposal.ProposalLimits;
import de.kokreation.proposal.ProposalPage;
import de.kokreation.proposal.ProposalQuery;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ProposalSort;
import de.kokreation.proposal.ProposalSummary;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A theme group's proposals: sorted, searched and paged in the database. Sort, search and page
 * live in the address, so every state of the list can be bookmarked and shared.
 */
@Route(value = Permalinks.CONSULTATIONS + "/:slug/" + Permalinks.THEMES + "/:themeSlug", layout = MainLayout.class)
@AnonymousAllowed
public class ThemeGroupView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;
    static final String PARAM_SORT = "sortierung";
    static final String PARAM_SEARCH = "suche";
    static final String PARAM_PAGE = "seite";
    static final String PARAM_OUTCOME = "ergebnis";
    private static final Map<ProposalSort, String> SORT_PARAMETER = Map.of(
            ProposalSort.RELEVANCE, "relevanz",
            ProposalSort.MOST_SUPPORTED, "unterstuetzt",
            ProposalSort.NEWEST, "neueste",
            ProposalSort.MOST_DISCUSSED, "diskutiert");

    private final ConsultationService consultations;
    private final ProposalService proposals;
    private final TextField search = new TextField();
    private final Select<ProposalSort> sort = new Select<>();
    private final Select<OutcomeFilter> outcome = new Select<>();
    private final Div filters;
    private final Div results = new Div();
    private ThemeGroupSummary themeGroup;
    private String path = "";
    /** Whether the person chose the order; if not, a search is ranked by relevance. */
    private boolean sortChosen;

    public ThemeGroupView(ConsultationService consultations, ProposalService proposals) {
        this.consultations = consultations;
        this.proposals = proposals;
        this.themeGroup = new ThemeGroupSummary(0, "", "", "", 0, "", "", Phase.CLOSED, Set.of());
        addClassName("kk-view");

        search.setLabel(getTranslation("proposals.search.label"));
        search.setPlaceholder(getTranslation("proposals.search.placeholder"));
        search.setMaxLength(ProposalLimits.SEARCH_MAX);
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setId("proposal-search");
        search.addKeyPressListener(Key.ENTER, enter -> applyFilter());
        search.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue().isEmpty()) {
                applyFilter();
            }
        });
        Button searchButton = new Button(getTranslation("proposals.search.submit"), click -> applyFilter());
        searchButton.setId("proposal-search-submit");

        sort.setLabel(getTranslation("proposals.sort.label"));
        sort.setItems(ProposalSort.values());
        sort.setItemLabelGenerator(option -> getTranslation(option.messageKey()));
        sort.setValue(ProposalSort.MOST_SUPPORTED);
        sort.setId("proposal-sort");
        sort.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                sortChosen = true;
                applyFilter();
            }
        });

        outcome.setLabel(getTranslation("proposals.outcomeFilter.label"));
        outcome.setItems(OutcomeFilter.values());
        outcome.setItemLabelGenerator(option -> getTranslation(option.messageKey()));
        outcome.setValue(OutcomeFilter.ALL);
        outcome.setId("proposal-outcome");
        outcome.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                applyFilter();
            }
        });

        filters = new Div(search, searchButton, sort, outcome);
        filters.addClassName("kk-filters");
        filters.getElement().setAttribute("role", "search");
        results.addClassName("kk-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(filters, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        String themeSlug = event.getRouteParameters().get("themeSlug").orElse("");
        themeGroup = consultations.getThemeGroup(slug, themeSlug);
        path = event.getLocation().getPath();

        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        String searchText = first(parameters, PARAM_SEARCH);
        ProposalSort chosenSort = SORT_PARAMETER.entrySet().stream()
                .filter(entry -> entry.getValue().equals(first(parameters, PARAM_SORT)))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(defaultSort(searchText));
        sortChosen = !first(parameters, PARAM_SORT).isEmpty();
        OutcomeFilter chosenOutcome = OutcomeFilter.fromParameter(first(parameters, PARAM_OUTCOME));
        int page = parsePage(first(parameters, PARAM_PAGE));
        sort.setValue(chosenSort);
        outcome.setValue(chosenOutcome);
        search.setValue(searchText);

        removeAll();
        add(
                new Breadcrumbs()
                        .link(themeGroup.consultationTitle(), Permalinks.consultation(themeGroup.consultationSlug())),
                new H1(themeGroup.name()));
        Paragraph description = new Paragraph(themeGroup.description());
        description.addClassName("kk-lead");
        add(description, submitCallToAction());
        add(filters, results);
        showPage(new ProposalQuery(searchText, chosenSort, chosenOutcome), page);
    }

    private Component submitCallToAction() {
        if (themeGroup.currentPhase().allowsNewProposals()) {
            Anchor submit = new Anchor(
                    Permalinks.newProposal(themeGroup.consultationSlug(), themeGroup.slug()),
                    getTranslation("proposals.submitNew"));
            submit.addClassName("kk-button-link");
            submit.setId("new-proposal");
            return submit;
        }
        Paragraph closed = new Paragraph(getTranslation(
                "proposals.collectionClosed",
                getTranslation(themeGroup.currentPhase().messageKey())));
        closed.addClassName("kk-callout");
        return closed;
    }

    private void showPage(ProposalQuery query, int pageNumber) {
        ProposalPage page = proposals.listProposals(themeGroup.id(), query, pageNumber - 1, PAGE_SIZE);
        results.removeAll();
        String count = query.search().isEmpty()
                ? getTranslation("proposals.count", page.totalItems())
                : getTranslation("proposals.countMatching", page.totalItems(), query.search());
        if (query.outcome() != OutcomeFilter.ALL) {
            count += " – " + getTranslation(query.outcome().messageKey());
        }
        H2 heading = new H2(count);
        heading.setId("proposal-count");
        results.add(heading);
        if (page.items().isEmpty()) {
            results.add(new Paragraph(getTranslation(query.isFiltered() ? "proposals.noMatch" : "proposals.empty")));
            return;
        }
        results.getElement().appendChild(proposalList(page));
        if (page.pageCount() > 1) {
            results.add(pagination(query, page));
        }
    }

    /**
     * The page of proposals as one static HTML fragment instead of a component per element: the
     * cards have no server-side behaviour (their links navigate like any link), and a component
     * tree of some 300 elements would hold about 200 KB per open UI on the server. Text goes in
     * through jsoup, which escapes it; the list's items go to the browser as its inner HTML, without
     * a second parse on the server (Vaadin's {@code Html} would parse the fragment again).
     */
    private com.vaadin.flow.dom.Element proposalList(ProposalPage page) {
        Element items = new Element("ol");
        page.items().forEach(item -> card(item, items.appendElement("li")));
        com.vaadin.flow.dom.Element list = new com.vaadin.flow.dom.Element("ol");
        list.setAttribute("class", "kk-proposal-list");
        list.setAttribute("start", Integer.toString(page.pageIndex() * page.pageSize() + 1));
        list.setProperty("innerHTML", items.html());
        return list;
    }

    private void card(ProposalSummary proposal, Element item) {
        Locale locale = getLocale();
        Element card = item.appendElement("article").addClass("kk-card");
        card.appendElement("h3")
                .appendElement("a")
                .attr("href", Permalinks.proposal(proposal.id()))
                .text(proposal.title());
        Element meta = card.appendElement("div").addClass("kk-meta");
        meta.appendElement("span").text(AuthorNames.byLine(this, proposal.authorName(), proposal.source()));
        meta.appendElement("time")
                .attr("datetime", Formats.iso(proposal.createdAt()))
                .text(Formats.dateTime(proposal.createdAt(), locale));
        Element figures = card.appendElement("div").addClass("kk-figures");
        figure(figures, "proposal.votesFor", proposal.votesFor(), "kk-figure-for");
        figure(figures, "proposal.votesAgainst", proposal.votesAgainst(), "kk-figure-against");
        figure(figures, "proposal.comments", proposal.commentCount(), "kk-figure-comments");
        outcome(proposal, card);
    }

    /** What became of the proposal: the outcome of its response and the commitments it went into. */
    private void outcome(ProposalSummary proposal, Element card) {
        Element line = card.appendElement("p").addClass("kk-outcome");
        Element badge = line.appendElement("span").addClass("kk-outcome-badge");
        if (proposal.outcome() == null) {
            badge.addClass("kk-outcome-open").text(getTranslation("proposals.outcome.open"));
            return;
        }
        badge.addClass("kk-outcome-"
                        + proposal.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .text(getTranslation(proposal.outcome().messageKey()));
        if (!proposal.commitments().isEmpty()) {
            line.appendText(" " + getTranslation("proposals.outcome.into") + " ");
            for (int i = 0; i < proposal.commitments().size(); i++) {
                if (i > 0) {
                    line.appendText(", ");
                }
                CommitmentRef commitment = proposal.commitments().get(i);
                line.appendElement("a")
                        .attr("href", Permalinks.draft(commitment.id()))
                        .text(commitment.title());
            }
        }
    }

    private void figure(Element figures, String key, int value, String className) {
        figures.appendElement("span").addClass(className).text(getTranslation(key, value));
    }

    private Nav pagination(ProposalQuery query, ProposalPage page) {
        Nav nav = new Nav();
        nav.addClassName("kk-pagination");
        nav.getElement().setAttribute("aria-label", getTranslation("pagination.label"));
        int current = page.pageIndex() + 1;
        if (current > 1) {
            nav.add(pageLink(query, current - 1, getTranslation("pagination.previous"), "pagination-previous"));
        }
        Span position = new Span(getTranslation("pagination.position", current, page.pageCount()));
        position.getElement().setAttribute("aria-current", "page");
        nav.add(position);
        if (current < page.pageCount()) {
            nav.add(pageLink(query, current + 1, getTranslation("pagination.next"), "pagination-next"));
        }
        return nav;
    }

    private Anchor pageLink(ProposalQuery query, int pageNumber, String text, String id) {
        Anchor link = new Anchor(
                path.isEmpty()
                        ? ""
                        : "/" + path + "?" + parameters(query, pageNumber).getQueryString(),
                text);
        link.setId(id);
        return link;
    }

    private void applyFilter() {
        String searchText = search.getValue().strip();
        ProposalQuery query = new ProposalQuery(
                searchText,
                !sortChosen || sort.getValue() == null ? defaultSort(searchText) : sort.getValue(),
                outcome.getValue() == null ? OutcomeFilter.ALL : outcome.getValue());
        UI.getCurrent().navigate(path, parameters(query, 1));
    }

    private static QueryParameters parameters(ProposalQuery query, int pageNumber) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query.sort() != defaultSort(query.search())) {
            values.put(PARAM_SORT, SORT_PARAMETER.get(query.sort()));
        }
        if (!query.search().isEmpty()) {
            values.put(PARAM_SEARCH, query.search());
        }
        if (query.outcome() != OutcomeFilter.ALL) {
            values.put(PARAM_OUTCOME, query.outcome().parameter());
        }
        if (pageNumber > 1) {
            values.put(PARAM_PAGE, Integer.toString(pageNumber));
        }
        return QueryParameters.simple(values);
    }

    /** A search is ranked by relevance, a plain list by support. */
    private static ProposalSort defaultSort(String searchText) {
        return searchText.isBlank() ? ProposalSort.MOST_SUPPORTED : ProposalSort.RELEVANCE;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static int parsePage(String value) {
        if (value.isEmpty()) {
            // The first page has no parameter: no exception for the usual case.
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(value));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return themeGroup.name() + " – " + getTranslation("app.name");
    }
}
