package de.kokreation.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.actionplan.ActionPlanLimits;
import de.kokreation.actionplan.ActionPlanService;
import de.kokreation.actionplan.CommitmentLine;
import de.kokreation.actionplan.CompletionLevel;
import de.kokreation.actionplan.MilestoneSheet;
import de.kokreation.actionplan.PlanDetails;
import de.kokreation.actionplan.PlanStatus;
import de.kokreation.actionplan.PlanSummary;
import de.kokreation.actionplan.RoundProgress;
import de.kokreation.actionplan.RoundService;
import de.kokreation.actionplan.RoundSummary;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.TypedText;
import de.kokreation.shell.UserMessages;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The public monitoring of a published plan: how far each commitment has come, as a chart with the
 * same figures in a table beside it, filtered by level and by lead agency.
 */
@Route(value = Permalinks.ACTION_PLANS + "/:slug/" + Permalinks.MONITORING, layout = MainLayout.class)
@AnonymousAllowed
public class MonitoringView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ALL = "";

    private final ActionPlanService plans;
    private final RoundService rounds;
    private final MilestoneSheet sheet;
    private final Div results = new Div();
    private final Select<String> levelFilter = new Select<>();
    private final Select<String> agencyFilter = new Select<>();
    private PlanDetails details = emptyDetails();
    private Paragraph summary = new Paragraph();
    private String title = "";

    public MonitoringView(ActionPlanService plans, RoundService rounds, MilestoneSheet sheet) {
        this.sheet = sheet;
        this.plans = plans;
        this.rounds = rounds;
        addClassName("kk-view");
        levelFilter.setId("monitoring-level");
        agencyFilter.setId("monitoring-agency");
        levelFilter.addValueChangeListener(change -> showResults());
        agencyFilter.addValueChangeListener(change -> showResults());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        details = plans.plan(slug);
        if (!details.plan().isPublished()) {
            throw new NotFoundException("plan.error.notFound", slug);
        }
        title = getTranslation("plan.monitoring.title", details.plan().title());
        removeAll();
        add(new Breadcrumbs()
                .link(getTranslation("plan.list.title"), Permalinks.actionPlans())
                .link(details.plan().title(), Permalinks.actionPlan(slug)));
        add(new H1(title));
        summary = summary(details.commitments());
        add(summary);
        levelFilter.setLabel(getTranslation("plan.monitoring.filterLevel"));
        levelFilter.setItems(concat(
                ALL, Arrays.stream(CompletionLevel.values()).map(Enum::name).toList()));
        levelFilter.setItemLabelGenerator(value -> value.isEmpty()
                ? getTranslation("plan.monitoring.all")
                : getTranslation(CompletionLevel.valueOf(value).messageKey()));
        levelFilter.setValue(ALL);
        agencyFilter.setLabel(getTranslation("plan.monitoring.filterAgency"));
        agencyFilter.setItems(concat(
                ALL,
                details.commitments().stream()
                        .map(CommitmentLine::leadAgency)
                        .filter(agency -> !agency.isBlank())
                        .distinct()
                        .sorted()
                        .toList()));
        agencyFilter.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("plan.monitoring.all") : value);
        agencyFilter.setValue(ALL);
        Div filters = new Div(levelFilter, agencyFilter);
        filters.addClassName("kk-filters");
        results.setId("monitoring-results");
        add(new Section(new H2(getTranslation("plan.monitoring.commitments")), filters, results));
        showResults();
        add(progressSection(slug));
        add(roundsSection(slug));
        if (sheet.mayUse(details.plan().id())) {
            // After an upload the commitments' figures are read again; the panel keeps the upload's result.
            add(new MilestoneSheetPanel(sheet, details.plan().id(), slug, () -> {
                details = plans.plan(slug);
                summary.setText(summary(details.commitments()).getText());
                showResults();
            }));
        }
    }

    /** The levels over the frozen rounds: a chart with one bar per round, the figures in a table beside it. */
    private Section progressSection(String slug) {
        Section section = new Section(new H2(getTranslation("plan.progress")));
        section.setId("plan-progress");
        List<RoundProgress> progress = rounds.progress(slug);
        if (progress.isEmpty()) {
            section.add(new Paragraph(getTranslation("plan.progress.none")));
            return section;
        }
        List<LevelChart.Bar> bars = new java.util.ArrayList<>();
        NativeTable table = new NativeTable();
        table.addClassName("kk-table");
        table.setId("progress-table");
        table.setCaptionText(getTranslation("plan.progress.tableCaption"));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("plan.progress.label"));
        head.addHeaderCell().setText(getTranslation("plan.progress.round"));
        for (CompletionLevel level : LevelChart.ORDER) {
            head.addHeaderCell().setText(getTranslation(level.messageKey()));
        }
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        int number = 1;
        for (RoundProgress round : progress) {
            String label = getTranslation("plan.progress.short", number++);
            bars.add(new LevelChart.Bar(label, round.commitments()));
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(label);
            var name = row.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.add(new Anchor(
                    Permalinks.planRound(slug, round.round().id()),
                    round.round().title()));
            for (CompletionLevel level : LevelChart.ORDER) {
                row.addDataCell().setText(Integer.toString(round.count(level)));
            }
        }
        Div chart = new Div(LevelChart.svg(
                "progress-chart",
                bars,
                getTranslation("plan.progress.chartTitle"),
                getTranslation("plan.progress.chartDescription"),
                completion -> getTranslation(completion.messageKey())));
        chart.addClassName("kk-chart-box");
        Div scroller = new Div(table);
        scroller.addClassName("kk-table-scroller");
        section.add(chart, scroller);
        return section;
    }

    /** The reporting rounds, newest first; the plan's coordinators open the next one here. */
    private Section roundsSection(String slug) {
        Section section = new Section(new H2(getTranslation("plan.rounds")));
        section.setId("plan-rounds");
        List<RoundSummary> all = rounds.rounds(slug);
        if (all.isEmpty()) {
            section.add(new Paragraph(getTranslation("plan.rounds.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("kk-link-list");
            for (RoundSummary round : all) {
                Span state = new Span(" "
                        + (round.isFrozen()
                                ? getTranslation("plan.round.frozenShort", Formats.date(round.deadline(), getLocale()))
                                : getTranslation("plan.round.openShort", Formats.date(round.deadline(), getLocale()))));
                state.addClassName("kk-meta");
                list.add(new ListItem(new Anchor(Permalinks.planRound(slug, round.id()), round.title()), state));
            }
            section.add(list);
        }
        if (details.mayCoordinate()) {
            TextField title = TypedText.countedAsTyped(new TextField(getTranslation("plan.round.field.title")));
            title.setMaxLength(ActionPlanLimits.TITLE_MAX);
            title.setHelperText(getTranslation("plan.round.field.title.helper"));
            title.setId("round-title");
            DatePicker deadline = ComponentTexts.localized(new DatePicker(getTranslation("plan.round.field.deadline")));
            deadline.setLocale(getLocale());
            deadline.setMin(LocalDate.now(Formats.ZONE));
            deadline.setId("round-deadline");
            Button open = new Button(getTranslation("plan.round.open"), click -> {
                if (deadline.getValue() == null) {
                    deadline.setInvalid(true);
                    return;
                }
                try {
                    long id = rounds.open(details.plan().id(), title.getValue(), deadline.getValue());
                    getUI().ifPresent(ui -> ui.navigate(Permalinks.planRound(slug, id)));
                } catch (DomainException refused) {
                    UserMessages.showFailure(refused);
                }
            });
            open.setId("round-open");
            Div form = new Div(new Paragraph(getTranslation("plan.round.explain")), title, deadline, open);
            form.addClassName("kk-form-stack");
            section.add(form);
        }
        return section;
    }

    /** How many commitments stand at each level, in words: the figure the public asks for first. */
    private Paragraph summary(List<CommitmentLine> commitments) {
        Map<CompletionLevel, Integer> counts = new EnumMap<>(CompletionLevel.class);
        commitments.forEach(commitment -> counts.merge(commitment.level(), 1, Integer::sum));
        List<String> parts = LevelChart.ORDER.stream()
                .filter(level -> counts.containsKey(level))
                .map(level -> counts.get(level) + " " + getTranslation(level.messageKey()))
                .toList();
        long overdue = commitments.stream()
                .mapToLong(CommitmentLine::overdueMilestones)
                .sum();
        Paragraph summary = new Paragraph(
                getTranslation("plan.monitoring.summary", commitments.size(), String.join(", ", parts), overdue));
        summary.addClassName("kk-lead");
        summary.setId("monitoring-summary");
        return summary;
    }

    private void showResults() {
        results.removeAll();
        String level = Objects.requireNonNullElse(levelFilter.getValue(), ALL);
        String agency = Objects.requireNonNullElse(agencyFilter.getValue(), ALL);
        List<CommitmentLine> shown = details.commitments().stream()
                .filter(commitment ->
                        level.isEmpty() || commitment.level().name().equals(level))
                .filter(commitment ->
                        agency.isEmpty() || commitment.leadAgency().equals(agency))
                .toList();
        if (shown.isEmpty()) {
            results.add(new Paragraph(getTranslation("plan.monitoring.noneFiltered")));
            return;
        }
        Div chart = new Div(LevelChart.svg(
                shown,
                getTranslation("plan.monitoring.chartTitle"),
                getTranslation("plan.monitoring.chartDescription"),
                completion -> getTranslation(completion.messageKey())));
        chart.addClassName("kk-chart-box");
        results.add(chart, table(shown));
    }

    private Div table(List<CommitmentLine> shown) {
        NativeTable table = new NativeTable();
        table.addClassName("kk-table");
        table.setId("monitoring-table");
        table.setCaptionText(getTranslation("plan.monitoring.tableCaption"));
        // Two header rows: the milestones' levels are grouped under one heading, so the table stays narrow.
        NativeTableRow head = table.getHead().addRow();
        spanningTwoRows(head.addHeaderCell(), "#");
        spanningTwoRows(head.addHeaderCell(), getTranslation("plan.monitoring.commitment"));
        spanningTwoRows(head.addHeaderCell(), getTranslation("draft.field.leadAgency"));
        spanningTwoRows(head.addHeaderCell(), getTranslation("plan.milestone.level"));
        var milestones = head.addHeaderCell();
        milestones.setText(getTranslation("draft.field.milestones"));
        milestones.getElement().setAttribute("colspan", Integer.toString(LevelChart.ORDER.size() + 1));
        milestones.getElement().setAttribute("scope", "colgroup");
        NativeTableRow levels = table.getHead().addRow();
        for (CompletionLevel level : LevelChart.ORDER) {
            levels.addHeaderCell().setText(getTranslation(level.messageKey()));
        }
        levels.addHeaderCell().setText(getTranslation("plan.monitoring.overdue"));
        levels.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (CommitmentLine commitment : shown) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Integer.toString(commitment.number()));
            var name = row.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.add(new Anchor(
                    Permalinks.planCommitment(details.plan().slug(), commitment.number()), commitment.title()));
            row.addDataCell().setText(commitment.leadAgency());
            row.addDataCell().add(new LevelBadge(commitment.level()));
            Map<CompletionLevel, Integer> counts = LevelChart.countByLevel(commitment);
            for (CompletionLevel level : LevelChart.ORDER) {
                row.addDataCell().setText(Integer.toString(counts.getOrDefault(level, 0)));
            }
            row.addDataCell().setText(Long.toString(commitment.overdueMilestones()));
        }
        Div scroller = new Div(table);
        scroller.addClassName("kk-table-scroller");
        return scroller;
    }

    private static void spanningTwoRows(NativeTableHeaderCell cell, String text) {
        cell.setText(text);
        cell.getElement().setAttribute("rowspan", "2");
        cell.getElement().setAttribute("scope", "col");
    }

    private static List<String> concat(String first, List<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toList();
    }

    private static PlanDetails emptyDetails() {
        return new PlanDetails(
                new PlanSummary(0, "", "", LocalDate.EPOCH, LocalDate.EPOCH, "", PlanStatus.IN_PREPARATION, null, 0),
                "",
                Map.of(),
                List.of(),
                false,
                false);
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
