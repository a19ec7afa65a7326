package de.kokreation.export.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.export.ExportFormat;
import de.kokreation.export.PlanDocuments;
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
    private String planTitle = "";

    public PlanExportView(PlanDocuments documents) {
        this.documents = documents;
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
        add(new Paragraph(getTranslation("plan.export.intro")));
        Locale locale = getLocale();
        add(new DownloadLinks(
                "plan-export-",
                List.of(ExportFormat.values()),
                format -> documents.fileName(slug, format),
                format -> out -> documents.write(slug, format, locale, out)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plan.export.title", planTitle) + " – " + getTranslation("app.name");
    }
}
