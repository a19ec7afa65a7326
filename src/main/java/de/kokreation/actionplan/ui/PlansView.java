package de.kokreation.actionplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.actionplan.ActionPlanLimits;
import de.kokreation.actionplan.ActionPlanService;
import de.kokreation.actionplan.PlanSummary;
import de.kokreation.actionplan.PlanTexts;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import java.util.List;

/** The action plans: published ones for everybody, those in preparation for their coordinators; admins start new ones. */
@Route(value = Permalinks.ACTION_PLANS, layout = MainLayout.class)
@AnonymousAllowed
public class PlansView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ActionPlanService plans;

    public PlansView(ActionPlanService plans) {
        this.plans = plans;
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("plan.list.title")));
        Paragraph intro = new Paragraph(getTranslation("plan.list.intro"));
        intro.addClassName("kk-lead");
        add(intro);
        List<PlanSummary> all = plans.plans();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("plan.list.none")));
        }
        Div list = new Div();
        list.addClassName("kk-card-list");
        list.setId("plan-list");
        all.forEach(plan -> list.add(card(plan)));
        add(list);
        if (plans.mayAdminister()) {
            add(newPlanForm());
        }
    }

    private Article card(PlanSummary plan) {
        H2 title = new H2(new Anchor(Permalinks.actionPlan(plan.slug()), plan.title()));
        Span period = new Span(getTranslation(
                "plan.period",
                Formats.date(plan.periodStart(), getLocale()),
                Formats.date(plan.periodEnd(), getLocale())));
        period.addClassName("kk-meta");
        Span status = new Span(getTranslation(plan.status().messageKey()));
        status.addClassName("kk-badge");
        Div meta = new Div(period, new Span(" "), status);
        meta.addClassName("kk-card-meta");
        Paragraph facts = new Paragraph((plan.adoptingBody().isBlank() ? "" : plan.adoptingBody() + " · ")
                + getTranslation("plan.commitmentCount", plan.commitments()));
        Article card = new Article(title, meta, facts);
        card.addClassName("kk-card");
        return card;
    }

    private Section newPlanForm() {
        TextField slug = new TextField(getTranslation("manage.field.slug"));
        slug.setMaxLength(ActionPlanLimits.SLUG_MAX);
        slug.setHelperText(getTranslation("manage.field.slug.helper"));
        slug.setRequired(true);
        slug.setId("plan-slug");
        PlanTextsForm form = new PlanTextsForm(null, getLocale());
        Button create = new Button(getTranslation("plan.create"), click -> {
            PlanTexts texts = form.texts();
            if (texts == null) {
                UserMessages.showError(getTranslation("plan.error.periodRequired"));
                return;
            }
            try {
                String created = plans.create(slug.getValue(), texts);
                getUI().ifPresent(ui -> ui.navigate(Permalinks.actionPlan(created)));
            } catch (DomainException rejected) {
                // The entered texts stay in the form.
                UserMessages.showFailure(rejected);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("plan-create");
        Section section = new Section(new H2(getTranslation("plan.new")), slug, form, create);
        section.addClassName("kk-form-stack");
        section.setId("plan-new");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.list.title") + " – " + getTranslation("app.name");
    }
}
