package de.kokreation.actionplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.account.AccountAdministration;
import de.kokreation.actionplan.ActionPlanService;
import de.kokreation.actionplan.AdoptableDraft;
import de.kokreation.actionplan.CommitmentLine;
import de.kokreation.actionplan.PlanDetails;
import de.kokreation.actionplan.PlanEvents;
import de.kokreation.actionplan.PlanSummary;
import de.kokreation.actionplan.PlanTexts;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.RichText;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.Confirmations;
import de.kokreation.shell.EventTeasers;
import de.kokreation.shell.Formats;
import de.kokreation.shell.Html5;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.PeopleEditor;
import de.kokreation.shell.UserMessages;
import java.util.List;

/**
 * An action plan at its permalink: its texts and numbered commitments with their level of
 * implementation. While it is prepared, its coordinators write its texts, take final drafts in,
 * order them and publish it; admins name the coordinators. The services check every step again.
 */
@Route(value = Permalinks.ACTION_PLANS + "/:slug", layout = MainLayout.class)
@AnonymousAllowed
public class PlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionPlanService plans;
    private final AccountAdministration accounts;
    private final PlanEvents events;
    private String slug = "";
    private String title = "";

    public PlanView(ActionPlanService plans, AccountAdministration accounts, PlanEvents events) {
        this.events = events;
        this.plans = plans;
        this.accounts = accounts;
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get("slug").orElse("");
        render();
    }

    private void render() {
        PlanDetails details = plans.plan(slug);
        PlanSummary plan = details.plan();
        title = plan.title();
        removeAll();
        add(new Breadcrumbs().link(getTranslation("plan.list.title"), Permalinks.actionPlans()));
        add(new H1(plan.title()));
        Span period = new Span(getTranslation(
                "plan.period",
                Formats.date(plan.periodStart(), getLocale()),
                Formats.date(plan.periodEnd(), getLocale())));
        period.addClassName("kk-meta");
        Span status = new Span(getTranslation(plan.status().messageKey()));
        status.addClassName("kk-badge");
        status.setId("plan-status");
        Div meta = new Div(period, new Span(" "), status);
        meta.addClassName("kk-card-meta");
        add(meta);
        if (!plan.adoptingBody().isBlank()) {
            add(new Paragraph(getTranslation("plan.adoptedBy", plan.adoptingBody())));
        }
        if (plan.isPublished()) {
            Nav links = new Nav(
                    new Anchor(Permalinks.planMonitoring(slug), getTranslation("plan.monitoring.link")),
                    new Span(" · "),
                    new Anchor(Permalinks.planExport(slug), getTranslation("plan.export.link")));
            links.getElement().setAttribute("aria-label", getTranslation("plan.links"));
            links.addClassName("kk-meta");
            add(links);
        }
        if (!details.introduction().isBlank()) {
            Div introduction = new Div(Html5.sanitizedHtml(RichText.render(details.introduction())));
            introduction.addClassName("kk-rich-text");
            introduction.setId("plan-introduction-text");
            add(introduction);
        }
        add(commitments(details));
        if (plan.isPublished()) {
            add(eventsSection(plan, details.mayCoordinate()));
        }
        if (details.mayAssemble()) {
            add(adoption(plan), texts(plan, details), publication(plan, details.commitments()));
        }
        if (plans.mayAdminister()) {
            add(new PeopleEditor(
                    getTranslation("plan.coordinators"),
                    details.coordinators(),
                    accounts::activeAccountId,
                    id -> plans.addCoordinator(plan.id(), id),
                    id -> plans.removeCoordinator(plan.id(), id),
                    "plan-coordinator",
                    this::render));
        }
    }

    /** The plan's events (implementation workshops, online sessions), with the calendar feed. */
    private Section eventsSection(PlanSummary plan, boolean mayCoordinate) {
        return new EventTeasers(
                "plan-events",
                "meeting.ofPlan",
                events.of(plan.id()),
                events.calendarLink(plan.slug()),
                mayCoordinate ? events.planningLink(plan.slug()) : null);
    }

    private Section commitments(PlanDetails details) {
        Section section = new Section(new H2(getTranslation("plan.commitments")));
        section.setId("plan-commitments");
        if (details.commitments().isEmpty()) {
            section.add(new Paragraph(getTranslation("plan.commitments.none")));
            return section;
        }
        OrderedList list = new OrderedList();
        list.addClassName("kk-link-list");
        boolean published = details.plan().isPublished();
        int count = details.commitments().size();
        for (CommitmentLine commitment : details.commitments()) {
            ListItem item = new ListItem(
                    new Anchor(Permalinks.planCommitment(slug, commitment.number()), commitment.title()),
                    new Span(" "));
            Span agency = new Span(commitment.leadAgency());
            agency.addClassName("kk-meta");
            item.add(agency);
            if (published) {
                item.add(new Span(" "), new LevelBadge(commitment.level()));
                long overdue = commitment.overdueMilestones();
                if (overdue > 0) {
                    Span late = new Span(" " + getTranslation("plan.overdueCount", overdue));
                    late.addClassName("kk-overdue");
                    item.add(late);
                }
            }
            if (details.mayAssemble()) {
                item.add(orderButtons(details.plan().id(), commitment, count));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component orderButtons(long planId, CommitmentLine commitment, int count) {
        Div buttons = new Div();
        buttons.addClassName("kk-inline-actions");
        if (commitment.number() > 1) {
            buttons.add(small(
                    getTranslation("plan.moveUp"),
                    getTranslation("plan.moveUp.label", commitment.title()),
                    () -> plans.move(planId, commitment.id(), commitment.number() - 1)));
        }
        if (commitment.number() < count) {
            buttons.add(small(
                    getTranslation("plan.moveDown"),
                    getTranslation("plan.moveDown.label", commitment.title()),
                    () -> plans.move(planId, commitment.id(), commitment.number() + 1)));
        }
        buttons.add(small(
                getTranslation("manage.remove"),
                getTranslation("manage.removePerson", commitment.title()),
                () -> plans.remove(planId, commitment.id())));
        return buttons;
    }

    private Button small(String text, String label, Runnable action) {
        Button button = new Button(text, click -> {
            try {
                action.run();
                render();
            } catch (DomainException refused) {
                UserMessages.showFailure(refused);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", label);
        return button;
    }

    private Section adoption(PlanSummary plan) {
        List<AdoptableDraft> adoptable = plans.adoptableDrafts(plan.id());
        ComboBox<AdoptableDraft> drafts = new ComboBox<>(getTranslation("plan.adopt.draft"));
        drafts.setItems(adoptable);
        drafts.setItemLabelGenerator(
                draft -> draft.title() + " (" + draft.consultationTitle() + ", " + draft.themeGroupName() + ")");
        drafts.setHelperText(getTranslation("plan.adopt.helper"));
        drafts.setWidthFull();
        drafts.setId("plan-adopt-draft");
        Button adopt = new Button(getTranslation("plan.adopt"), click -> {
            AdoptableDraft chosen = drafts.getValue();
            if (chosen == null) {
                drafts.setInvalid(true);
                drafts.setErrorMessage(getTranslation("plan.adopt.choose"));
                return;
            }
            try {
                int number = plans.adopt(plan.id(), chosen.draftId());
                render();
                UserMessages.showSuccess(getTranslation("plan.adopted", number, chosen.title()));
            } catch (DomainException refused) {
                UserMessages.showFailure(refused);
            }
        });
        adopt.setId("plan-adopt");
        Section section = new Section(new H2(getTranslation("plan.adopt.heading")), drafts, adopt);
        if (adoptable.isEmpty()) {
            section.add(new Paragraph(getTranslation("plan.adopt.none")));
        }
        section.addClassName("kk-form-stack");
        return section;
    }

    private Section texts(PlanSummary plan, PlanDetails details) {
        PlanTextsForm form = new PlanTextsForm(
                new PlanTexts(
                        plan.title(),
                        plan.periodStart(),
                        plan.periodEnd(),
                        plan.adoptingBody(),
                        details.introduction()),
                getLocale());
        Button save = new Button(getTranslation("profile.save"), click -> {
            PlanTexts texts = form.texts();
            if (texts == null) {
                UserMessages.showError(getTranslation("plan.error.periodRequired"));
                return;
            }
            try {
                plans.revise(plan.id(), texts);
                render();
                UserMessages.showSuccess(getTranslation("profile.saved"));
            } catch (DomainException refused) {
                UserMessages.showFailure(refused);
            }
        });
        save.setId("plan-save");
        Section section = new Section(new H2(getTranslation("plan.texts")), form, save);
        section.addClassName("kk-form-stack");
        return section;
    }

    private Section publication(PlanSummary plan, List<CommitmentLine> commitments) {
        Button publish = new Button(
                getTranslation("plan.publish"),
                click -> Confirmations.askThenDo(
                        getTranslation("plan.publish.header"),
                        getTranslation("plan.publish.text", plan.title(), commitments.size()),
                        getTranslation("plan.publish"),
                        () -> plans.publish(plan.id()),
                        getTranslation("plan.published")));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setId("plan-publish");
        publish.setEnabled(!commitments.isEmpty());
        Section section = new Section(
                new H2(getTranslation("plan.publication")),
                new Paragraph(getTranslation("plan.publish.explain")),
                publish);
        section.addClassName("kk-form-stack");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.name");
    }
}
