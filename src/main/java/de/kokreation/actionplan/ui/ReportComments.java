package de.kokreation.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import de.kokreation.actionplan.ActionPlanLimits;
import de.kokreation.actionplan.AssessmentService;
import de.kokreation.actionplan.ReportCommentLine;
import de.kokreation.actionplan.Stance;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.Formats;
import de.kokreation.shell.TypedText;
import de.kokreation.shell.UserMessages;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The participants' comments under one implementation report, with whether they agree with the
 * level it reports; a form for signed-in people to add one, and for the plan's coordinators a way
 * to hide one with a public reason.
 */
class ReportComments extends Div {

    /** What a comment form answers with when a side is not taken: the radio group's third choice. */
    private enum Side {
        AGREES,
        DISAGREES,
        NONE
    }

    ReportComments(
            long reportId,
            List<ReportCommentLine> comments,
            AssessmentService assessments,
            boolean signedIn,
            boolean mayHide,
            Runnable changed) {
        setId("report-comments-" + reportId);
        addClassName("kk-report-comments");
        long agreeing =
                comments.stream().filter(c -> c.stance() == Stance.AGREES).count();
        long disagreeing =
                comments.stream().filter(c -> c.stance() == Stance.DISAGREES).count();
        if (!comments.isEmpty()) {
            add(new H4(getTranslation("plan.reportComment.heading", comments.size())));
            if (agreeing + disagreeing > 0) {
                Paragraph counts = new Paragraph(getTranslation("plan.assessment.counts", agreeing, disagreeing));
                counts.addClassName("kk-meta");
                counts.setId("report-stances-" + reportId);
                add(counts);
            }
            UnorderedList list = new UnorderedList();
            list.addClassName("kk-comment-list");
            for (ReportCommentLine comment : comments) {
                list.add(comment(comment, assessments, mayHide, changed));
            }
            add(list);
        }
        if (signedIn) {
            // Closed until wanted: a commitment's page lists every report, each with its own form.
            Details answer =
                    new Details(getTranslation("plan.reportComment.open"), form(reportId, assessments, changed));
            answer.setId("report-comment-form-" + reportId);
            add(answer);
        }
    }

    private ListItem comment(
            ReportCommentLine comment, AssessmentService assessments, boolean mayHide, Runnable changed) {
        ListItem item = new ListItem();
        item.setId("report-comment-" + comment.id());
        if (comment.hiddenReason() != null) {
            item.add(new Span(getTranslation("plan.reportComment.hidden", comment.hiddenReason())));
            return item;
        }
        String author = comment.authorName().isBlank() ? getTranslation("account.deletedName") : comment.authorName();
        String who = comment.stance() == null
                ? getTranslation("plan.reportComment.by", author, Formats.dateTime(comment.createdAt(), getLocale()))
                : getTranslation(
                        "plan.reportComment.byWithStance",
                        author,
                        Formats.dateTime(comment.createdAt(), getLocale()),
                        getTranslation(comment.stance().messageKey()));
        Span meta = new Span(who);
        meta.addClassName("kk-meta");
        Paragraph body = new Paragraph(comment.body());
        body.addClassName("kk-comment-body");
        item.add(meta, body);
        if (mayHide) {
            item.add(new HideForm(
                    "hide-report-comment-" + comment.id(),
                    why -> act(
                            () -> assessments.hideReportComment(comment.id(), why),
                            "plan.reportComment.hiddenDone",
                            changed)));
        }
        return item;
    }

    private Div form(long reportId, AssessmentService assessments, Runnable changed) {
        RadioButtonGroup<Side> side = new RadioButtonGroup<>(getTranslation("plan.reportComment.question"));
        side.setItems(Side.values());
        side.setItemLabelGenerator(value ->
                getTranslation("plan.reportComment.side." + value.name().toLowerCase(Locale.ROOT)));
        side.setValue(Side.NONE);
        side.setId("report-comment-side-" + reportId);
        TextArea text = TypedText.countedAsTyped(new TextArea(getTranslation("plan.reportComment.field")));
        text.setMaxLength(ActionPlanLimits.REPORT_COMMENT_MAX);
        text.setHelperText(getTranslation("plan.reportComment.helper"));
        text.setWidthFull();
        text.setId("report-comment-text-" + reportId);
        Button submit = new Button(getTranslation("plan.reportComment.submit"), click -> {
            @Nullable
            Stance stance = switch (side.getValue() == null ? Side.NONE : side.getValue()) {
                case AGREES -> Stance.AGREES;
                case DISAGREES -> Stance.DISAGREES;
                case NONE -> null;
            };
            act(
                    () -> assessments.commentOnReport(reportId, stance, text.getValue()),
                    "plan.reportComment.saved",
                    changed);
        });
        submit.setId("report-comment-submit-" + reportId);
        Div form = new Div(side, text, submit);
        form.addClassName("kk-form-stack");
        return form;
    }

    private void act(Runnable action, String successKey, Runnable changed) {
        try {
            action.run();
            changed.run();
            UserMessages.showSuccess(getTranslation(successKey));
        } catch (DomainException refused) {
            // The typed text stays in the form.
            UserMessages.showFailure(refused);
        }
    }
}
