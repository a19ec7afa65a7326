package de.kokreation.search.ui;

import com.vaadin.flow.component.Html;
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
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.proposal.OutcomeFilter;
import de.kokreation.search.SearchService;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.search.Snippets;
import de.kokreation.shared.search.TextQuery;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Search across all consultations: proposals and comments, ranked, with the found words marked,
 * filtered by consultation, kind and response, ordered by relevance, date or support. Everything
 * lives in the address ({@code /suche?q=...}), so a search can be bookmarked and shared.
 */
@Route(value = Permalinks.SEARCH, layout = MainLayout.class)
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAM_TEXT = "q";
    static final String PARAM_CONSULTATION = "konsultation";
    static final String PARAM_KIND = "art";
    static final String PARAM_OUTCOME = "ergebnis";
    static final String PARAM_ORDER = "sortierung";
    static final String PARAM_PAGE = "seite";

    private static final Map<SearchService.Kind, String> KIND_PARAMETER = Map.of(
            SearchService.Kind.PROPOSAL, "vorschlaege",
            SearchService.Kind.COMMENT, "kommentare",
            SearchService.Kind.DRAFT, "entwuerfe",
            SearchService.Kind.CONSULTATION, "konsultationen");
    private static final Map<SearchService.Order, String> ORDER_PARAMETER = Map.of(
            SearchService.Order.RELEVANCE, "relevanz",
            SearchService.Order.NEWEST, "neueste",
            SearchService.Order.MOST_SUPPORTED, "unterstuetzt");
    private static final String ALL = "";

    private final SearchService search;
    private final TextField text = new TextField();
    private final Select<String> consultation = new Select<>();
    private final Select<String> kind = new Select<>();
    private final Select<OutcomeFilter> outcome = new Select<>();
    private final Select<SearchService.Order> order = new Select<>();
    private final Div results = new Div();
    private final Map<String, String> consultationTitles = new LinkedHashMap<>();

    public SearchView(SearchService search) {
        this.search = search;
        addClassName("kk-view");

        text.setLabel(getTranslation("search.label"));
        text.setMaxLength(TextQuery.MAX_CHARS);
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setId("search-text");
        text.addKeyPressListener(Key.ENTER, enter -> apply());
        Button submit = new Button(getTranslation("search.submit"), click -> apply());
        submit.setId("search-submit");

        consultationTitles.put(ALL, getTranslation("search.consultation.all"));
        for (ConsultationSummary summary : search.consultations()) {
            consultationTitles.put(summary.slug(), summary.title());
        }
        consultation.setLabel(getTranslation("search.consultation.label"));
        consultation.setItems(List.copyOf(consultationTitles.keySet()));
        consultation.setItemLabelGenerator(consultationTitles::get);
        consultation.setValue(ALL);
        consultation.setId("search-consultation");

        kind.setLabel(getTranslation("search.kind.label"));
        List<String> kinds = new ArrayList<>(List.of(ALL));
        for (SearchService.Kind each : SearchService.Kind.values()) {
            kinds.add(KIND_PARAMETER.get(each));
        }
        kind.setItems(kinds);
        kind.setItemLabelGenerator(value -> value.isEmpty()
                ? getTranslation("search.kind.all")
                : getTranslation(
                        kindOf(value).map(k -> "search.kindFilter." + k.name()).orElse("search.kind.all")));
        kind.setValue(ALL);
        kind.setId("search-kind");

        outcome.setLabel(getTranslation("proposals.outcomeFilter.label"));
        outcome.setItems(OutcomeFilter.values());
        outcome.setItemLabelGenerator(option -> getTranslation(option.messageKey()));
        outcome.setValue(OutcomeFilter.ALL);
        outcome.setId("search-outcome");

        order.setLabel(getTranslation("search.order.label"));
        order.setItems(SearchService.Order.values());
        order.setItemLabelGenerator(option -> getTranslation(option.messageKey()));
        order.setValue(SearchService.Order.RELEVANCE);
        order.setId("search-order");
        for (Select<?> select : List.of(consultation, kind, outcome, order)) {
            select.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    apply();
                }
            });
        }

        Div form = new Div(text, submit, consultation, kind, outcome, order);
        form.addClassName("kk-filters");
        form.getElement().setAttribute("role", "search");
        results.addClassName("kk-results");
        results.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("search.heading")), form, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        String query = first(parameters, PARAM_TEXT);
        String consultationSlug = first(parameters, PARAM_CONSULTATION);
        text.setValue(query.length() > TextQuery.MAX_CHARS ? query.substring(0, TextQuery.MAX_CHARS) : query);
        consultation.setValue(consultationTitles.containsKey(consultationSlug) ? consultationSlug : ALL);
        Optional<SearchService.Kind> chosenKind = kindOf(first(parameters, PARAM_KIND));
        kind.setValue(chosenKind.map(KIND_PARAMETER::get).orElse(ALL));
        outcome.setValue(OutcomeFilter.fromParameter(first(parameters, PARAM_OUTCOME)));
        order.setValue(keyOf(ORDER_PARAMETER, first(parameters, PARAM_ORDER), SearchService.Order.RELEVANCE));
        int page = parsePage(first(parameters, PARAM_PAGE));
        show(new SearchService.Request(
                query,
                consultation.getValue().isEmpty() ? null : consultation.getValue(),
                null,
                chosenKind.orElse(null),
                outcome.getValue(),
                order.getValue(),
                page));
    }

    private void show(SearchService.Request request) {
        results.removeAll();
        if (request.text().isBlank()) {
            results.add(new Paragraph(getTranslation("search.prompt")));
            return;
        }
        SearchService.Page page = search.search(request);
        if (page.nothingToSearch()) {
            results.add(new Paragraph(getTranslation("search.nothingToSearch")));
            return;
        }
        H2 count = new H2(getTranslation(
                page.moreThanTotal() ? "search.countMore" : "search.count",
                page.total(),
                request.text().strip()));
        count.setId("search-count");
        results.add(count);
        if (page.cut()) {
            results.add(new Paragraph(getTranslation("search.cut", TextQuery.MAX_CHARS, TextQuery.MAX_WORDS)));
        }
        if (page.results().isEmpty()) {
            results.add(new Paragraph(getTranslation("search.noHits")));
            return;
        }
        if (page.someWordsOnly()) {
            Paragraph someWords = new Paragraph(getTranslation("search.someWords"));
            someWords.setId("search-some-words");
            results.add(someWords);
        }
        results.add(list(page));
        if (page.pageCount() > 1) {
            results.add(pagination(request, page));
        }
    }

    /** The hits as one static fragment; text goes in through jsoup, which escapes it. */
    private Html list(SearchService.Page page) {
        Locale locale = getLocale();
        Element list = new Element("ol")
                .addClass("kk-search-results")
                .attr("start", Integer.toString((page.page() - 1) * SearchService.PAGE_SIZE + 1));
        for (SearchService.Result result : page.results()) {
            Element article = list.appendElement("li").appendElement("article").addClass("kk-card");
            Element heading = article.appendElement("h3");
            heading.appendElement("span")
                    .addClass("kk-search-kind")
                    .text(getTranslation(result.kind().messageKey()) + ": ");
            appendMarked(heading.appendElement("a").attr("href", result.link()), result.markedTitle());
            appendMarked(article.appendElement("p").addClass("kk-snippet"), result.snippet());
            Element meta = article.appendElement("p").addClass("kk-meta");
            meta.appendElement("span")
                    .text(
                            result.kind() == SearchService.Kind.CONSULTATION
                                    ? result.themeGroupName()
                                    : result.consultationTitle() + " › " + result.themeGroupName());
            meta.appendText(" · ");
            meta.appendElement("time")
                    .attr("datetime", Formats.iso(result.createdAt()))
                    .text(Formats.dateTime(result.createdAt(), locale));
            meta.appendText(" · ");
            meta.appendElement("span").addClass("kk-outcome-badge").text(getTranslation(result.outcomeKey()));
            if (result.hidden()) {
                meta.appendText(" · ");
                meta.appendElement("span").addClass("kk-hidden-badge").text(getTranslation("search.hidden"));
            }
        }
        return new Html(list.outerHtml());
    }

    /** The text with the found words in {@code <mark>}; jsoup escapes every piece. */
    private static void appendMarked(Element target, List<Snippets.Segment> segments) {
        for (Snippets.Segment segment : segments) {
            if (segment.marked()) {
                target.appendElement("mark").text(segment.text());
            } else {
                target.appendText(segment.text());
            }
        }
    }

    private Nav pagination(SearchService.Request request, SearchService.Page page) {
        Nav nav = new Nav();
        nav.addClassName("kk-pagination");
        nav.getElement().setAttribute("aria-label", getTranslation("pagination.label"));
        if (page.page() > 1) {
            nav.add(pageLink(request, page.page() - 1, getTranslation("pagination.previous"), "pagination-previous"));
        }
        Span position = new Span(getTranslation("pagination.position", page.page(), page.pageCount()));
        position.getElement().setAttribute("aria-current", "page");
        nav.add(position);
        if (page.page() < page.pageCount()) {
            nav.add(pageLink(request, page.page() + 1, getTranslation("pagination.next"), "pagination-next"));
        }
        return nav;
    }

    private Anchor pageLink(SearchService.Request request, int pageNumber, String label, String id) {
        Anchor link = new Anchor(
                "/" + Permalinks.SEARCH + "?" + parameters(request, pageNumber).getQueryString(), label);
        link.setId(id);
        return link;
    }

    private void apply() {
        SearchService.Request request = new SearchService.Request(
                text.getValue().strip(),
                consultation.getValue() == null || consultation.getValue().isEmpty() ? null : consultation.getValue(),
                null,
                kind.getValue() == null ? null : kindOf(kind.getValue()).orElse(null),
                outcome.getValue() == null ? OutcomeFilter.ALL : outcome.getValue(),
                order.getValue() == null ? SearchService.Order.RELEVANCE : order.getValue(),
                1);
        UI.getCurrent().navigate(Permalinks.SEARCH, parameters(request, 1));
    }

    private static QueryParameters parameters(SearchService.Request request, int pageNumber) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(PARAM_TEXT, request.text());
        if (request.consultationSlug() != null) {
            values.put(PARAM_CONSULTATION, request.consultationSlug());
        }
        if (request.kind() != null) {
            values.put(PARAM_KIND, KIND_PARAMETER.get(request.kind()));
        }
        if (request.outcome() != OutcomeFilter.ALL) {
            values.put(PARAM_OUTCOME, request.outcome().parameter());
        }
        if (request.order() != SearchService.Order.RELEVANCE) {
            values.put(PARAM_ORDER, ORDER_PARAMETER.get(request.order()));
        }
        if (pageNumber > 1) {
            values.put(PARAM_PAGE, Integer.toString(pageNumber));
        }
        return QueryParameters.simple(values);
    }

    private static Optional<SearchService.Kind> kindOf(@Nullable String parameter) {
        return KIND_PARAMETER.entrySet().stream()
                .filter(entry -> entry.getValue().equals(parameter))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static <T> T keyOf(Map<T, String> parameters, String value, T fallback) {
        return parameters.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty() && entry.getValue().equals(value))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(fallback);
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static int parsePage(String value) {
        try {
            return Math.clamp(Integer.parseInt(value), 1, SearchService.MAX_PAGES);
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        String query = text.getValue().strip();
        return (query.isEmpty() ? getTranslation("search.heading") : getTranslation("search.titleFor", query)) + " – "
                + getTranslation("app.name");
    }
}
