package de.kokreation.actionplan.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.actionplan.CompletionLevel;
import de.kokreation.actionplan.RoundDetails;
import de.kokreation.actionplan.RoundService;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.RichText;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.Formats;
import de.kokreation.shell.Html5;
import de.kokreation.shell.MainLayout;
import org.jspecify.annotations.Nullable;

/**
 * A reporting round: the state of every commitment and milestone as frozen at the deadline (or as
 * it stands while the round runs), each next to its level in the round before.
 */
@Route(value = Permalinks.ACTION_PLANS + "/:slug/" + Permalinks.ROUNDS + "/:round", layout = MainLayout.class)
@AnonymousAllowed
public class RoundView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RoundService rounds;
    private String title = "";

    public RoundView(RoundService rounds) {
        this.rounds = rounds;
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        long roundId = event.getRouteParameters().getLong("round").orElse(0L);
        RoundDetails details = rounds.round(slug, roundId);
        title = getTranslation("plan.round.title", details.round().title());
        removeAll();
        add(new Breadcrumbs()
                .link(getTranslation("plan.list.title"), Permalinks.actionPlans())
                .link(details.plan().title(), Permalinks.actionPlan(slug))
                .link(getTranslation("plan.monitoring.link"), Permalinks.planMonitoring(slug)));
        add(new H1(title));
        Paragraph state = new Paragraph(
                details.round().isFrozen()
                        ? getTranslation(
                                "plan.round.frozenOn",
                                Formats.date(details.round().deadline(), getLocale()),
                                details.round().frozenAt() == null
                                        ? ""
                                        : Formats.date(details.round().frozenAt(), getLocale()))
                        : getTranslation(
                                "plan.round.openUntil",
                                Formats.date(details.round().deadline(), getLocale())));
        state.addClassName("kk-lead");
        state.setId("round-state");
        add(state);
        add(new Paragraph(
                details.previous() == null
                        ? getTranslation("plan.round.first")
                        : getTranslation(
                                "plan.round.comparedWith", details.previous().title())));
        add(new Anchor(Permalinks.planExport(slug), getTranslation("plan.round.report")));
        for (RoundDetails.Commitment commitment : details.commitments()) {
            add(commitment(commitment, slug));
        }
    }

    private Section commitment(RoundDetails.Commitment commitment, String slug) {
        H2 heading = new H2(new Anchor(
                Permalinks.planCommitment(slug, commitment.number()),
                getTranslation("plan.commitment.title", commitment.number(), commitment.title())));
        Paragraph level = new Paragraph(new Text(getTranslation("plan.commitment.level") + " "));
        addLevel(level, commitment.level(), commitment.previousLevel());
        NativeTable table = new NativeTable();
        table.addClassName("kk-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("#");
        head.addHeaderCell().setText(getTranslation("draft.milestone.deliverable"));
        head.addHeaderCell().setText(getTranslation("draft.milestone.end"));
        head.addHeaderCell().setText(getTranslation("plan.milestone.level"));
        head.addHeaderCell().setText(getTranslation("plan.round.note"));
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (RoundDetails.Milestone milestone : commitment.milestones()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Integer.toString(milestone.number()));
            row.addDataCell().setText(milestone.deliverable());
            row.addDataCell().setText(Formats.date(milestone.end(), getLocale()));
            var cell = row.addDataCell();
            Div levels = new Div();
            addLevel(levels, milestone.level(), milestone.previousLevel());
            if (milestone.overdue()) {
                Span overdue = new Span(getTranslation("plan.milestone.overdue"));
                overdue.addClassNames("kk-badge", "kk-overdue");
                levels.add(new Text(" "), overdue);
            }
            cell.add(levels);
            var note = row.addDataCell();
            if (milestone.note() != null && !milestone.note().isBlank()) {
                Div text = new Div(Html5.sanitizedHtml(RichText.render(milestone.note())));
                text.addClassName("kk-rich-text");
                note.add(text);
            } else {
                note.setText("–");
            }
        }
        Div scroller = new Div(table);
        scroller.addClassName("kk-table-scroller");
        Section section = new Section(heading, level, scroller);
        section.setId("round-commitment-" + commitment.number());
        return section;
    }

    private void addLevel(HasComponents target, CompletionLevel level, @Nullable CompletionLevel previous) {
        target.add(new LevelBadge(level));
        if (previous != null && previous != level) {
            Span before = new Span(" " + getTranslation("plan.round.before", getTranslation(previous.messageKey())));
            before.addClassName("kk-meta");
            target.add(before);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
