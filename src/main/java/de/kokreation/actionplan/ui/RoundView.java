package de.kokreation.actionplan.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.account.CurrentUser;
import de.kokreation.actionplan.ActionPlanLimits;
import de.kokreation.actionplan.AssessmentService;
import de.kokreation.actionplan.CivilSocietyView;
import de.kokreation.actionplan.CompletionLevel;
import de.kokreation.actionplan.RoundDetails;
import de.kokreation.actionplan.RoundService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.RichText;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.Formats;
import de.kokreation.shell.Html5;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.TypedText;
import de.kokreation.shell.UserMessages;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reporting round: the state of every commitment and milestone as frozen at the deadline (or as
 * it stands while the round runs), each next to its level in the round before.
 */
@Route(value = Permalinks.ACTION_PLANS + "/:slug/" + Permalinks.ROUNDS + "/:round", layout = MainLayout.class)
@AnonymousAllowed
public class RoundView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RoundService rounds;
    private final AssessmentService assessments;
    private final CurrentUser currentUser;
    private String title = "";

    public RoundView(RoundService rounds, AssessmentService assessments, CurrentUser currentUser) {
        this.rounds = rounds;
        this.assessments = assessments;
        this.currentUser = currentUser;
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
        CivilSocietyView view = assessments.view(roundId);
        add(summary(roundId, view, details.mayCoordinate()));
        for (RoundDetails.Commitment commitment : details.commitments()) {
            Section section = commitment(commitment, slug);
            section.add(civilSociety(roundId, details, commitment, view));
            add(section);
        }
    }

    private Section summary(long roundId, CivilSocietyView view, boolean mayCoordinate) {
        Section section = new Section(new H2(getTranslation("plan.assessment.summary")));
        section.setId("round-summary");
        if (view.summary() == null) {
            section.add(new Paragraph(getTranslation("plan.assessment.summary.none")));
        } else {
            Div text = new Div(Html5.sanitizedHtml(RichText.render(view.summary())));
            text.addClassName("kk-rich-text");
            section.add(text);
        }
        if (mayCoordinate) {
            TextArea summary = TypedText.countedAsTyped(new TextArea(getTranslation("plan.assessment.summary.field")));
            summary.setMaxLength(10_000);
            summary.setWidthFull();
            summary.setValue(view.summary() == null ? "" : view.summary());
            summary.setId("round-summary-text");
            Button publish = new Button(
                    getTranslation("plan.assessment.summary.publish"),
                    click -> act(
                            () -> assessments.publishSummary(roundId, summary.getValue()),
                            "plan.assessment.summary.published"));
            publish.setId("round-summary-publish");
            Div form = new Div(summary, publish);
            form.addClassName("kk-form-stack");
            section.add(form);
        }
        return section;
    }

    private Div civilSociety(
            long roundId, RoundDetails details, RoundDetails.Commitment commitment, CivilSocietyView view) {
        int number = commitment.number();
        Div box = new Div(new H3(getTranslation("plan.assessment.heading")));
        box.setId("assessments-" + number);
        box.add(new Paragraph(
                getTranslation("plan.assessment.counts", view.agreeing(number), view.disagreeing(number))));
        UnorderedList list = new UnorderedList();
        for (CivilSocietyView.Assessment assessment : view.assessments().getOrDefault(number, List.of())) {
            ListItem item = new ListItem();
            if (assessment.hiddenReason() != null) {
                item.add(new Span(getTranslation("plan.assessment.hidden", assessment.hiddenReason())));
            } else {
                Span who = new Span(getTranslation(
                        assessment.agrees() ? "plan.assessment.agrees" : "plan.assessment.disagrees",
                        assessment.authorName().isBlank()
                                ? getTranslation("account.deletedName")
                                : assessment.authorName()));
                who.addClassName("kk-meta");
                Paragraph reason = new Paragraph(assessment.reason());
                reason.addClassName("kk-comment-body");
                item.add(who, reason);
                if (details.mayCoordinate()) {
                    item.add(new HideForm(
                            "hide-" + assessment.id(),
                            why -> act(() -> assessments.hide(assessment.id(), why), "plan.assessment.hiddenDone")));
                }
            }
            list.add(item);
        }
        box.add(list);
        if (!details.round().isFrozen()) {
            Paragraph later = new Paragraph(getTranslation("plan.assessment.afterFreeze"));
            later.addClassName("kk-meta");
            box.add(later);
        } else if (currentUser.find().isPresent()) {
            RadioButtonGroup<Boolean> agrees = new RadioButtonGroup<>(getTranslation("plan.assessment.question"));
            agrees.setItems(Boolean.TRUE, Boolean.FALSE);
            agrees.setItemLabelGenerator(value -> getTranslation(value ? "plan.assessment.yes" : "plan.assessment.no"));
            agrees.setId("assess-agrees-" + number);
            TextArea reason = TypedText.countedAsTyped(new TextArea(getTranslation("plan.assessment.reason")));
            reason.setMaxLength(ActionPlanLimits.REASON_MAX);
            reason.setWidthFull();
            reason.setId("assess-reason-" + number);
            Button submit = new Button(getTranslation("plan.assessment.submit"), click -> {
                if (agrees.getValue() == null) {
                    agrees.setInvalid(true);
                    agrees.setErrorMessage(getTranslation("plan.assessment.choose"));
                    return;
                }
                act(
                        () -> assessments.assess(roundId, commitment.id(), agrees.getValue(), reason.getValue()),
                        "plan.assessment.saved");
            });
            submit.setId("assess-submit-" + number);
            Div form = new Div(agrees, reason, submit);
            form.addClassName("kk-form-stack");
            box.add(form);
        }
        return box;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            UI.getCurrent().refreshCurrentRoute(false);
            UserMessages.showSuccess(getTranslation(successKey));
        } catch (DomainException refused) {
            UserMessages.showFailure(refused);
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
