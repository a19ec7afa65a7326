package de.kokreation.drafting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.drafting.DraftDetails;
import de.kokreation.drafting.DraftDiffer;
import de.kokreation.drafting.DraftService;
import de.kokreation.drafting.VersionInfo;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.Formats;
import de.kokreation.shell.Html5;
import de.kokreation.shell.MainLayout;
import java.util.List;

/**
 * The versions of a draft, and any two of them compared field by field: removed words struck
 * through, added ones underlined. The pair is in the address, so a comparison can be linked.
 */
@Route(value = Permalinks.DRAFTS + "/:id/versionen", layout = MainLayout.class)
@AnonymousAllowed
public class DraftHistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;

    public DraftHistoryView(DraftService drafts) {
        this.drafts = drafts;
        addClassName("kk-view");
    }

    public static String path(long draftId) {
        return Permalinks.draft(draftId) + "/versionen";
    }

    public static String path(long draftId, int from, int to) {
        return path(draftId) + "?von=" + from + "&bis=" + to;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long draftId = DraftView.parseId(event.getRouteParameters().get("id").orElse(""));
        DraftDetails draft = drafts.get(draftId);
        List<VersionInfo> versions = drafts.versions(draftId);
        var parameters = event.getLocation().getQueryParameters();
        int to = number(parameters.getSingleParameter("bis").orElse(""), draft.version());
        int from = number(parameters.getSingleParameter("von").orElse(""), Math.max(1, to - 1));
        removeAll();
        var group = draft.themeGroup();
        add(new Breadcrumbs()
                .link(group.consultationTitle(), Permalinks.consultation(group.consultationSlug()))
                .link(draft.content().title(), Permalinks.draft(draftId)));
        add(new H1(getTranslation("draft.history.title", draft.content().title())));

        Select<VersionInfo> fromSelect = versionSelect("draft.history.from", "history-from", versions, from);
        Select<VersionInfo> toSelect = versionSelect("draft.history.to", "history-to", versions, to);
        Button compare = new Button(getTranslation("draft.history.compare"), click -> {
            if (fromSelect.getValue() == null || toSelect.getValue() == null) {
                fromSelect.setInvalid(fromSelect.getValue() == null);
                toSelect.setInvalid(toSelect.getValue() == null);
                return;
            }
            getUI().ifPresent(ui -> ui.navigate(path(
                            draftId,
                            fromSelect.getValue().number(),
                            toSelect.getValue().number())
                    .substring(1)));
        });
        compare.setId("history-compare");
        Div controls = new Div(fromSelect, toSelect, compare);
        controls.addClassName("kk-filters");
        add(controls);

        if (versions.stream().noneMatch(v -> v.number() == from)
                || versions.stream().noneMatch(v -> v.number() == to)) {
            add(new Paragraph(getTranslation("draft.error.versionNotFound", from + "/" + to)));
            return;
        }
        Paragraph legend = new Paragraph(getTranslation("draft.history.legend", from, to));
        legend.addClassName("kk-hint");
        add(legend);
        Section changes = new Section();
        changes.setId("history-diff");
        boolean anyChange = false;
        for (DraftDiffer.FieldChange change : drafts.compare(draftId, from, to, getLocale())) {
            if (!change.changed()) {
                continue;
            }
            anyChange = true;
            changes.add(new H2(getTranslation(change.fieldKey())), Html5.sanitizedHtml(change.html()));
        }
        if (!anyChange) {
            changes.add(new Paragraph(getTranslation("draft.history.noChange")));
        }
        add(changes);
    }

    private Select<VersionInfo> versionSelect(String labelKey, String id, List<VersionInfo> versions, int selected) {
        Select<VersionInfo> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(versions);
        select.setItemLabelGenerator(version -> getTranslation(
                "draft.history.version",
                version.number(),
                version.authorName().isBlank() ? getTranslation("account.deletedName") : version.authorName(),
                Formats.dateTime(version.savedAt(), getLocale())));
        versions.stream()
                .filter(version -> version.number() == selected)
                .findFirst()
                .ifPresent(select::setValue);
        select.setId(id);
        return select;
    }

    private static int number(String value, int fallback) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("draft.history.pageTitle") + " – " + getTranslation("app.name");
    }
}
