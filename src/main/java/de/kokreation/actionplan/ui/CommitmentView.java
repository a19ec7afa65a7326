package de.kokreation.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.account.AccountAdministration;
import de.kokreation.account.CurrentUser;
import de.kokreation.actionplan.ActionPlanLimits;
import de.kokreation.actionplan.AssessmentService;
import de.kokreation.actionplan.CommitmentDetails;
import de.kokreation.actionplan.CommitmentLine;
import de.kokreation.actionplan.CompletionLevel;
import de.kokreation.actionplan.ImplementationService;
import de.kokreation.actionplan.MilestoneLine;
import de.kokreation.actionplan.ProgressReport;
import de.kokreation.actionplan.ReportLine;
import de.kokreation.drafting.ui.DraftTemplateTable;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.RichText;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.Formats;
import de.kokreation.shell.Html5;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.PeopleEditor;
import de.kokreation.shell.TypedText;
import de.kokreation.shell.UserMessages;
import java.time.LocalDate;

/**
 * A commitment of an action plan: the text as adopted, its level of implementation, its milestones
 * with their levels (overdue ones marked), and every report. Its responsible persons (and the
 * plan's coordinators) report here; the coordinators name the responsible persons; signed-in
 * people follow it.
 */
@Route(
        value = Permalinks.ACTION_PLANS + "/:slug/" + Permalinks.PLAN_COMMITMENTS + "/:number",
        layout = MainLayout.class)
@AnonymousAllowed
public class CommitmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ImplementationService implementation;
    private final AssessmentService assessments;
    private final AccountAdministration accounts;
    private final CurrentUser currentUser;
    private String slug = "";
    private int number;
    private String title = "";

    public CommitmentView(
            ImplementationService implementation,
            AssessmentService assessments,
            AccountAdministration accounts,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.implementation = implementation;
        this.assessments = assessments;
        this.accounts = accounts;
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        number = event.getRouteParameters().getInteger("number").orElse(0);
        render();
    }

    private void render() {
        CommitmentDetails details = implementation.commitment(slug, number);
        CommitmentLine commitment = details.commitment();
        title = getTranslation("plan.commitment.title", commitment.number(), commitment.title());
        removeAll();
        add(new Breadcrumbs()
                .link(getTranslation("plan.list.title"), Permalinks.actionPlans())
                .link(details.plan().title(), Permalinks.actionPlan(slug)));
        add(new H1(title));
        boolean published = details.plan().isPublished();
        if (published) {
            add(levelSection(details));
        }
        Section text = new Section(
                new H2(getTranslation("plan.commitment.adopted")),
                new DraftTemplateTable(details.adopted(), getLocale(), false));
        add(text);
        add(milestones(details));
        if (published && details.mayReport()) {
            add(reportForm(details));
            add(levelForm(details));
        }
        add(responsible(details));
        add(proposals(details));
        if (published) {
            add(history(details));
        }
    }

    private Section levelSection(CommitmentDetails details) {
        CommitmentLine commitment = details.commitment();
        LevelBadge badge = new LevelBadge(commitment.level());
        badge.setId("commitment-level");
        Paragraph level = new Paragraph(new Text(getTranslation("plan.commitment.level") + " "), badge);
        Section section = new Section(level);
        section.setId("commitment-implementation");
        if (details.levelReason() != null) {
            Paragraph explicit = new Paragraph(getTranslation("plan.commitment.levelExplicit"));
            explicit.addClassName("kk-meta");
            section.add(explicit, rich(details.levelReason()));
        } else {
            Paragraph derived = new Paragraph(getTranslation("plan.commitment.levelDerived"));
            derived.addClassName("kk-meta");
            section.add(derived);
        }
        if (currentUser.find().isPresent()) {
            section.add(followButton(details));
        }
        return section;
    }

    private Button followButton(CommitmentDetails details) {
        long id = details.commitment().id();
        Button follow = new Button(getTranslation(details.following() ? "plan.unfollow" : "plan.follow"), click -> {
            try {
                if (details.following()) {
                    implementation.unfollow(id);
                } else {
                    implementation.follow(id);
                }
                render();
                UserMessages.showSuccess(getTranslation(details.following() ? "plan.unfollowed" : "plan.followed"));
            } catch (DomainException refused) {
                UserMessages.showFailure(refused);
            }
        });
        follow.getElement().setAttribute("aria-pressed", Boolean.toString(details.following()));
        follow.setId("commitment-follow");
        return follow;
    }

    private Section milestones(CommitmentDetails details) {
        Section section = new Section(new H2(getTranslation("draft.field.milestones")));
        section.setId("commitment-milestones");
        if (details.commitment().milestones().isEmpty() && details.plan().isPublished()) {
            section.add(new Paragraph(getTranslation("draft.milestones.none")));
            return section;
        }
        if (!details.plan().isPublished()) {
            section.add(new Paragraph(getTranslation("plan.milestones.afterPublication")));
            return section;
        }
        NativeTable table = new NativeTable();
        table.addClassName("kk-table");
        table.setId("milestone-table");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("#");
        head.addHeaderCell().setText(getTranslation("draft.milestone.deliverable"));
        head.addHeaderCell().setText(getTranslation("draft.milestone.start"));
        head.addHeaderCell().setText(getTranslation("draft.milestone.end"));
        head.addHeaderCell().setText(getTranslation("plan.milestone.level"));
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (MilestoneLine milestone : details.commitment().milestones()) {
            NativeTableRow row = table.getBody().addRow();
            row.setId("milestone-" + milestone.number());
            row.addDataCell().setText(Integer.toString(milestone.number()));
            row.addDataCell().setText(milestone.deliverable());
            row.addDataCell().setText(Formats.date(milestone.start(), getLocale()));
            var end = row.addDataCell();
            end.setText(Formats.date(milestone.end(), getLocale()));
            var level = row.addDataCell();
            level.add(new LevelBadge(milestone.level()));
            if (milestone.overdue()) {
                Span overdue = new Span(getTranslation("plan.milestone.overdue"));
                overdue.addClassNames("kk-badge", "kk-overdue");
                level.add(new Text(" "), overdue);
            }
        }
        Div scroller = new Div(table);
        scroller.addClassName("kk-table-scroller");
        section.add(scroller);
        return section;
    }

    private Section reportForm(CommitmentDetails details) {
        Select<MilestoneLine> milestone = new Select<>();
        milestone.setLabel(getTranslation("plan.report.milestone"));
        milestone.setItems(details.commitment().milestones());
        milestone.setItemLabelGenerator(m -> m.number() + ". " + m.deliverable());
        milestone.setId("report-milestone");
        Select<CompletionLevel> level = levelSelect("report-level");
        DatePicker asOf = ComponentTexts.localized(new DatePicker(getTranslation("plan.report.asOf")));
        asOf.setLocale(getLocale());
        asOf.setValue(LocalDate.now(Formats.ZONE));
        asOf.setMax(LocalDate.now(Formats.ZONE));
        asOf.setId("report-as-of");
        TextArea note = TypedText.countedAsTyped(new TextArea(getTranslation("plan.report.note")));
        note.setMaxLength(ActionPlanLimits.NOTE_MAX);
        note.setHelperText(getTranslation("plan.report.note.helper"));
        note.setWidthFull();
        note.setId("report-note");
        TextArea evidence = TypedText.countedAsTyped(new TextArea(getTranslation("plan.report.evidence")));
        evidence.setHelperText(getTranslation("plan.report.evidence.helper", ActionPlanLimits.EVIDENCE_LINKS_MAX));
        evidence.setWidthFull();
        evidence.setId("report-evidence");
        milestone.addValueChangeListener(chosen -> {
            if (chosen.getValue() != null) {
                level.setValue(chosen.getValue().level());
            }
        });
        Button submit = new Button(getTranslation("plan.report.submit"), click -> {
            milestone.setInvalid(milestone.getValue() == null);
            level.setInvalid(level.getValue() == null);
            asOf.setInvalid(asOf.getValue() == null);
            if (milestone.getValue() == null || level.getValue() == null || asOf.getValue() == null) {
                UserMessages.showError(getTranslation("plan.report.incomplete"));
                return;
            }
            try {
                implementation.report(
                        milestone.getValue().id(),
                        new ProgressReport(level.getValue(), asOf.getValue(), note.getValue(), evidence.getValue()));
                render();
                UserMessages.showSuccess(getTranslation("plan.report.saved"));
            } catch (DomainException refused) {
                // The typed note and links stay in the form.
                UserMessages.showFailure(refused);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("report-submit");
        Section section = new Section(
                new H2(getTranslation("plan.report.heading")),
                new Paragraph(getTranslation("plan.report.explain")),
                milestone,
                level,
                asOf,
                note,
                evidence,
                submit);
        section.addClassName("kk-form-stack");
        section.setId("report-form");
        return section;
    }

    private Section levelForm(CommitmentDetails details) {
        Select<CompletionLevel> level = levelSelect("explicit-level");
        TextArea reason = TypedText.countedAsTyped(new TextArea(getTranslation("plan.level.reason")));
        reason.setMaxLength(ActionPlanLimits.REASON_MAX);
        reason.setWidthFull();
        reason.setId("explicit-reason");
        Button set = new Button(getTranslation("plan.level.set"), click -> {
            if (level.getValue() == null) {
                level.setInvalid(true);
                return;
            }
            act(() -> implementation.setLevel(details.commitment().id(), level.getValue(), reason.getValue()));
        });
        set.setId("explicit-set");
        Section section = new Section(
                new H3(getTranslation("plan.level.heading")),
                new Paragraph(getTranslation("plan.level.explain")),
                level,
                reason,
                set);
        if (details.levelReason() != null) {
            Button back = new Button(
                    getTranslation("plan.level.followMilestones"),
                    click -> act(() ->
                            implementation.followMilestones(details.commitment().id(), reason.getValue())));
            back.setId("explicit-clear");
            section.add(back);
        }
        section.addClassName("kk-form-stack");
        section.setId("level-form");
        return section;
    }

    private void act(Runnable action) {
        try {
            action.run();
            render();
            UserMessages.showSuccess(getTranslation("plan.report.saved"));
        } catch (DomainException refused) {
            UserMessages.showFailure(refused);
        }
    }

    private Select<CompletionLevel> levelSelect(String id) {
        Select<CompletionLevel> level = new Select<>();
        level.setLabel(getTranslation("plan.milestone.level"));
        level.setItems(CompletionLevel.values());
        level.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        level.setId(id);
        return level;
    }

    private Section responsible(CommitmentDetails details) {
        if (details.mayCoordinate()) {
            return new PeopleEditor(
                    getTranslation("plan.responsible"),
                    details.responsible(),
                    accounts::activeAccountId,
                    id -> implementation.addResponsible(details.commitment().id(), id),
                    id -> implementation.removeResponsible(details.commitment().id(), id),
                    "responsible",
                    this::render);
        }
        Section section = new Section(new H2(getTranslation("plan.responsible")));
        section.add(new Paragraph(
                details.responsible().isEmpty()
                        ? getTranslation("plan.responsible.none")
                        : String.join(", ", details.responsible().values())));
        return section;
    }

    private Section proposals(CommitmentDetails details) {
        Section section = new Section(new H2(getTranslation("plan.commitment.proposals")));
        section.setId("commitment-proposals");
        if (details.proposals().isEmpty()) {
            section.add(new Paragraph(getTranslation("plan.commitment.proposals.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("kk-link-list");
        details.proposals()
                .forEach((id, proposalTitle) ->
                        list.add(new ListItem(new Anchor(Permalinks.proposal(id), proposalTitle))));
        section.add(list);
        return section;
    }

    private Section history(CommitmentDetails details) {
        Section section = new Section(new H2(getTranslation("plan.history")));
        section.setId("commitment-history");
        if (details.history().isEmpty()) {
            section.add(new Paragraph(getTranslation("plan.history.none")));
            return section;
        }
        boolean signedIn = currentUser.find().isPresent();
        for (ReportLine report : details.history()) {
            Article article = report(report);
            article.add(new ReportComments(
                    report.id(),
                    details.commentsOn(report.id()),
                    assessments,
                    signedIn,
                    details.mayCoordinate(),
                    this::render));
            section.add(article);
        }
        return section;
    }

    private Article report(ReportLine report) {
        String subject = report.milestoneNumber() == null
                ? getTranslation("plan.history.commitment")
                : getTranslation("plan.history.milestone", report.milestoneNumber());
        H3 heading = new H3(subject);
        Span by = new Span(getTranslation(
                "plan.history.by",
                report.authorName().isBlank() ? getTranslation("account.deletedName") : report.authorName(),
                Formats.dateTime(report.reportedAt(), getLocale()),
                Formats.date(report.asOf(), getLocale())));
        by.addClassName("kk-meta");
        Paragraph change = new Paragraph();
        if (report.level() == null) {
            change.add(new Text(getTranslation("plan.history.followsAgain")));
        } else {
            change.add(new LevelBadge(report.previousLevel()), new Text(" → "), new LevelBadge(report.level()));
        }
        Article article = new Article(heading, by, change);
        if (!report.note().isBlank()) {
            article.add(rich(report.note()));
        }
        if (!report.evidenceLinks().isEmpty()) {
            UnorderedList links = new UnorderedList();
            report.evidenceLinks().forEach(link -> {
                Anchor anchor = new Anchor(link, link);
                anchor.getElement().setAttribute("rel", "nofollow ugc noopener");
                links.add(new ListItem(anchor));
            });
            article.add(new Paragraph(getTranslation("plan.report.evidence")), links);
        }
        article.addClassName("kk-card");
        article.setId("report-" + report.id());
        return article;
    }

    private static Component rich(String markdown) {
        Div text = new Div(Html5.sanitizedHtml(RichText.render(markdown)));
        text.addClassName("kk-rich-text");
        return text;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
