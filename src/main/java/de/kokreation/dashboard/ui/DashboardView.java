package de.kokreation.dashboard.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.dashboard.ConsultationDashboard;
import de.kokreation.dashboard.DashboardFigures;
import de.kokreation.dashboard.DashboardFigures.GroupRow;
import de.kokreation.dashboard.DashboardFigures.Period;
import de.kokreation.dashboard.DashboardFigures.TopProposal;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.DataTables;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * How the consultation is going, for its coordinators (every theme group) and leads (their own):
 * key figures, participation over time, per theme group with the answered share and the
 * moderation queue, the most supported and most discussed proposals. Each chart is an SVG image
 * with a title and a description, followed by the table of its figures.
 */
@Route(value = Permalinks.CONSULTATIONS + "/:slug/" + Permalinks.DASHBOARD, layout = MainLayout.class)
@PermitAll
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationDashboard dashboard;
    private final ConsultationService consultations;
    private final Div content = new Div();
    private final Paragraph asOf = new Paragraph();
    private final Div announcement = new Div();
    private String title = "";
    /** Which consultation the page shows now; a count for another one that arrives late is dropped. */
    private String shownSlug = "";

    private boolean figuresShown;

    public DashboardView(ConsultationDashboard dashboard, ConsultationService consultations) {
        this.dashboard = dashboard;
        this.consultations = consultations;
        addClassNames("kk-view", "kk-dashboard");
        asOf.setId("dashboard-as-of");
        asOf.addClassName("kk-meta");
        announcement.setId("dashboard-announcement");
        announcement.addClassName("kk-visually-hidden");
        announcement.getElement().setAttribute("role", "status");
        announcement.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        // checks the caller's rights before anything of the consultation is shown
        Optional<DashboardFigures> known = dashboard.counted(slug);
        title = consultations.getConsultation(slug).consultation().title();
        shownSlug = slug;
        figuresShown = false;
        removeAll();
        content.removeAll();
        add(new Breadcrumbs().link(title, Permalinks.consultation(slug)));
        add(new H1(getTranslation("dashboard.title", title)));
        add(asOf, announcement, content);
        if (known.isPresent()) {
            show(known.get());
            if (dashboard.isStale(known.get())) {
                countAgain(slug, false);
            }
        } else {
            asOf.setText(getTranslation("dashboard.counting"));
            ProgressBar counting = new ProgressBar();
            counting.setIndeterminate(true);
            counting.setId("dashboard-counting");
            counting.getElement().setAttribute("aria-labelledby", "dashboard-as-of");
            content.add(counting);
            countAgain(slug, true);
        }
    }

    /**
     * Counts in the background and pushes the new figures to the page; the first ones are
     * announced to screen readers, a refresh of figures already shown is not.
     */
    private void countAgain(String slug, boolean firstFigures) {
        UI ui = UI.getCurrent();
        dashboard.count(slug).whenComplete((figures, failure) -> {
            try {
                ui.access(() -> {
                    if (!slug.equals(shownSlug)) {
                        return; // the page went on to another consultation meanwhile
                    }
                    if (failure != null) {
                        String reason = UserMessages.describe(ui, failure);
                        if (figuresShown) {
                            // the figures shown stay; they are only older than asked for
                            String note = getTranslation("dashboard.countFailed", reason);
                            asOf.setText(asOf.getText() + " " + note);
                            announcement.setText(note);
                        } else {
                            asOf.setText(reason);
                            content.removeAll();
                        }
                    } else {
                        show(figures);
                        if (firstFigures) {
                            announcement.setText(getTranslation("dashboard.counted"));
                        }
                    }
                });
            } catch (UIDetachedException gone) {
                // the page was left meanwhile; the figures are kept for the next visit
            }
        });
    }

    private void show(DashboardFigures figures) {
        figuresShown = true;
        content.removeAll();
        asOf.setText(getTranslation(
                figures.wholeConsultation() ? "dashboard.scope.all" : "dashboard.scope.some",
                Formats.dateTime(figures.computedAt(), getLocale())));
        content.add(keyFigures(figures.totals()));
        content.add(overTime(figures));
        content.add(perGroup(figures));
        content.add(topLists(figures));
    }

    private Section keyFigures(DashboardFigures.Totals totals) {
        Section section = section("dashboard-key", "dashboard.key");
        Div tiles = new Div();
        tiles.addClassName("kk-figures");
        tiles.add(
                tile("participants", totals.participants(), getTranslation("dashboard.participants")),
                tile(
                        "proposals",
                        totals.proposals(),
                        getTranslation("dashboard.proposals.ofWhichWorkshop", number(totals.workshopProposals()))),
                tile(
                        "answered",
                        totals.answeredPercent(),
                        getTranslation(
                                "dashboard.answeredShare", number(totals.answered()), number(totals.proposals()))),
                tile("comments", totals.comments(), getTranslation("dashboard.comments")),
                tile("votes", totals.votes(), getTranslation("dashboard.votes")),
                tile("queue", totals.queueEntries(), queueText(totals.queueEntries(), totals.queueOldest())));
        section.add(tiles);
        return section;
    }

    private Div tile(String id, long value, String label) {
        Span figure = new Span(id.equals("answered") ? value + " %" : number(value));
        figure.addClassName("kk-figure-value");
        Span text = new Span(label);
        text.addClassName("kk-figure-label");
        Div tile = new Div(figure, text);
        tile.setId("dashboard-figure-" + id);
        tile.addClassName("kk-figure");
        return tile;
    }

    private String queueText(long entries, @Nullable Instant oldest) {
        if (entries == 0 || oldest == null) {
            return getTranslation("dashboard.queue.empty");
        }
        return getTranslation("dashboard.queue.waiting", age(oldest));
    }

    private Section overTime(DashboardFigures figures) {
        Section section = section("dashboard-time", "dashboard.time");
        List<Period> periods = figures.periods();
        if (periods.isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.time.none")));
            return section;
        }
        String unit = figures.weekly() ? "week" : "day";
        section.add(new Paragraph(getTranslation("dashboard.time.intro." + unit)));
        List<String> labels =
                periods.stream().map(period -> label(period, figures.weekly())).toList();
        Div charts = new Div();
        charts.addClassName("kk-chart-grid");
        charts.add(
                columnChart(
                        "dashboard-chart-participants",
                        "dashboard.newParticipants",
                        unit,
                        labels,
                        periods,
                        Period::newParticipants),
                columnChart(
                        "dashboard-chart-proposals", "dashboard.proposals", unit, labels, periods, Period::proposals),
                columnChart("dashboard-chart-comments", "dashboard.comments", unit, labels, periods, Period::comments),
                columnChart("dashboard-chart-votes", "dashboard.votes", unit, labels, periods, Period::votes));
        section.add(charts);
        NativeTable table = DataTables.table(
                "dashboard-time-table",
                getTranslation("dashboard.time.caption." + unit),
                List.of(
                        getTranslation("dashboard.time." + unit),
                        getTranslation("dashboard.newParticipants"),
                        getTranslation("dashboard.proposals"),
                        getTranslation("dashboard.comments"),
                        getTranslation("dashboard.votes")));
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            NativeTableRow row = table.getBody().addRow();
            rowHeader(row, labels.get(i));
            numbers(row, period.newParticipants(), period.proposals(), period.comments(), period.votes());
        }
        section.add(DataTables.scrolling(table));
        return section;
    }

    private Div columnChart(
            String id,
            String what,
            String unit,
            List<String> labels,
            List<Period> periods,
            ToLongFunction<Period> value) {
        List<Long> values =
                periods.stream().map(period -> value.applyAsLong(period)).toList();
        long max = values.stream().mapToLong(Long::longValue).max().orElse(0);
        long sum = values.stream().mapToLong(Long::longValue).sum();
        String name = getTranslation(what);
        String chartTitle = getTranslation("dashboard.chart.perPeriod." + unit, name);
        String description = getTranslation(
                "dashboard.chart.perPeriod.desc", name, labels.getFirst(), labels.getLast(), number(sum), number(max));
        Div figure = new Div(new Svg(SvgBarChart.columns(id, chartTitle, description, labels, values, getLocale())));
        figure.addClassName("kk-chart-box");
        Span caption = new Span(chartTitle);
        caption.addClassName("kk-chart-caption");
        caption.getElement().setAttribute("aria-hidden", "true"); // the image's title says it
        figure.addComponentAsFirst(caption);
        return figure;
    }

    private Section perGroup(DashboardFigures figures) {
        Section section = section("dashboard-groups", "dashboard.groups");
        List<GroupRow> groups = figures.groups();
        List<String> names = groups.stream().map(GroupRow::name).toList();
        long maxProposals = groups.stream().mapToLong(GroupRow::proposals).max().orElse(0);
        Div charts = new Div();
        charts.addClassName("kk-chart-grid");
        charts.add(rowChart(
                "dashboard-chart-group-proposals",
                getTranslation("dashboard.chart.groupProposals"),
                getTranslation("dashboard.chart.groupProposals.desc", groups.size()),
                names,
                groups.stream().map(GroupRow::proposals).toList(),
                maxProposals,
                this::number));
        charts.add(rowChart(
                "dashboard-chart-group-answered",
                getTranslation("dashboard.chart.groupAnswered"),
                getTranslation("dashboard.chart.groupAnswered.desc", groups.size()),
                names,
                groups.stream().map(group -> (long) group.answeredPercent()).toList(),
                100,
                percent -> percent + " %"));
        section.add(charts);
        NativeTable table = DataTables.table(
                "dashboard-group-table",
                getTranslation("dashboard.groups.caption"),
                List.of(
                        getTranslation("dashboard.group"),
                        getTranslation("dashboard.participants"),
                        getTranslation("dashboard.proposals"),
                        getTranslation("dashboard.workshopProposals"),
                        getTranslation("dashboard.answered"),
                        getTranslation("dashboard.comments"),
                        getTranslation("dashboard.votes"),
                        getTranslation("dashboard.queue"),
                        getTranslation("dashboard.queue.oldest")));
        for (GroupRow group : groups) {
            NativeTableRow row = table.getBody().addRow();
            rowHeader(row, group.name());
            numbers(row, group.participants(), group.proposals(), group.workshopProposals());
            row.addDataCell()
                    .setText(getTranslation(
                            "dashboard.answered.value", number(group.answered()), group.answeredPercent()));
            numbers(row, group.comments(), group.votes());
            row.addDataCell()
                    .setText(getTranslation(
                            "dashboard.queue.value", number(group.queueEntries()), number(group.queueFlagged())));
            row.addDataCell().setText(group.queueOldest() == null ? "–" : age(group.queueOldest()));
        }
        section.add(DataTables.scrolling(table));
        return section;
    }

    private Div rowChart(
            String id,
            String chartTitle,
            String description,
            List<String> names,
            List<Long> values,
            long max,
            java.util.function.LongFunction<String> format) {
        Span caption = new Span(chartTitle);
        caption.addClassName("kk-chart-caption");
        caption.getElement().setAttribute("aria-hidden", "true");
        Div figure =
                new Div(caption, new Svg(SvgBarChart.rows(id, chartTitle, description, names, values, max, format)));
        figure.addClassName("kk-chart-box");
        return figure;
    }

    private Section topLists(DashboardFigures figures) {
        Section section = section("dashboard-top", "dashboard.top");
        Div lists = new Div();
        lists.addClassName("kk-chart-grid");
        lists.add(topList(
                "dashboard-most-supported",
                "dashboard.mostSupported",
                figures.mostSupported(),
                proposal ->
                        getTranslation("dashboard.mostSupported.value", proposal.votesFor(), proposal.votesAgainst())));
        lists.add(topList(
                "dashboard-most-discussed",
                "dashboard.mostDiscussed",
                figures.mostDiscussed(),
                proposal -> getTranslation("dashboard.mostDiscussed.value", proposal.comments())));
        section.add(lists);
        return section;
    }

    private Div topList(String id, String heading, List<TopProposal> proposals, Function<TopProposal, String> figure) {
        com.vaadin.flow.component.html.H3 title = new com.vaadin.flow.component.html.H3(getTranslation(heading));
        title.setId(id + "-heading");
        Div box = new Div(title);
        if (proposals.isEmpty()) {
            box.add(new Paragraph(getTranslation(heading + ".none")));
            return box;
        }
        OrderedList list = new OrderedList();
        list.setId(id);
        list.getElement().setAttribute("aria-labelledby", id + "-heading");
        for (TopProposal proposal : proposals) {
            Span value = new Span(" – " + figure.apply(proposal));
            value.addClassName("kk-meta");
            list.add(new ListItem(new Anchor(Permalinks.proposal(proposal.id()), proposal.title()), value));
        }
        box.add(list);
        return box;
    }

    private Section section(String id, String headingKey) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        return section;
    }

    private static void rowHeader(NativeTableRow row, String text) {
        var cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", "row");
    }

    private void numbers(NativeTableRow row, long... values) {
        for (long value : values) {
            var cell = row.addDataCell();
            cell.setText(number(value));
            cell.addClassName("kk-number");
        }
    }

    private String label(Period period, boolean weekly) {
        return weekly
                ? getTranslation(
                        "dashboard.week.label",
                        period.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                        Formats.date(period.start(), getLocale()))
                : Formats.date(period.start(), getLocale());
    }

    private String age(Instant since) {
        Duration waited = Duration.between(since, Instant.now());
        long days = waited.toDays();
        if (days >= 1) {
            return getTranslation("dashboard.age.days", days);
        }
        return getTranslation("dashboard.age.hours", Math.max(1, waited.toHours()));
    }

    private String number(long value) {
        return String.format(getLocale(), "%,d", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title", title) + " – " + getTranslation("app.name");
    }
}
