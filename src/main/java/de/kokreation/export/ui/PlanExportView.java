package de.kokreation.export.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.actionplan.RoundService;
import de.kokreation.actionplan.RoundSummary;
import de.kokreation.export.ExportFormat;
import de.kokreation.export.PlanDocuments;
import de.kokreation.export.StatusReports;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.MainLayout;
import java.util.List;
import java.util.Locale;

/** A published action plan as a document in the OGP template, for everybody: DOCX, ODT, PDF, Markdown. */
@Route(value = Permalinks.ACTION_PLANS + "/:slug/" + Permalinks.EXPORT, layout = MainLayout.class)
@AnonymousAllowed
public class PlanExportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanDocuments documents;
    private final StatusReports statusReports;
    private final RoundService rounds;
    private String planTitle = "";

    public PlanExportView(PlanDocuments documents, StatusReports statusReports, RoundService rounds) {
        this.documents = documents;
        this.statusReports = statusReports;
        this.rounds = rounds;
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        planTitle = documents.title(slug);
        removeAll();
        add(new Breadcrumbs()
                .link(getTranslation("plan.list.title"), Permalinks.actionPlans())
                .link(planTitle, Permalinks.actionPlan(slug)));
        add(new H1(getTranslation("plan.export.title", planTitle)));
        Locale locale = getLocale();
        add(new Section(
                new H2(getTranslation("plan.export.plan")),
                new Paragraph(getTranslation("plan.export.intro")),
                new DownloadLinks(
                        "plan-export-",
                        List.of(ExportFormat.values()),
                        format -> documents.fileName(slug, format),
                        format -> out -> documents.write(slug, format, locale, out))));
        Section reports = new Section(
                new H2(getTranslation("plan.export.statusReports")),
                new Paragraph(getTranslation("plan.export.statusReports.intro")));
        reports.setId("status-reports");
        List<RoundSummary> all = rounds.rounds(slug);
        if (all.isEmpty()) {
            reports.add(new Paragraph(getTranslation("plan.rounds.none")));
        }
        for (RoundSummary round : all) {
            reports.add(
                    new H3(round.title()),
                    new DownloadLinks(
                            "status-report-" + round.id() + "-",
                            List.of(ExportFormat.DOCX, ExportFormat.PDF),
                            format -> statusReports.fileName(slug, round.id(), format),
                            format -> out -> statusReports.write(slug, round.id(), format, locale, out)));
        }
        add(reports);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.export.title", planTitle) + " – " + getTranslation("app.name");
    }
}
