package de.kokreation.drafting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
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
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.Phase;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftLimits;
import de.kokreation.drafting.DraftLinking;
import de.kokreation.drafting.DraftService;
import de.kokreation.drafting.DraftStatus;
import de.kokreation.drafting.DraftSummary;
import de.kokreation.proposal.ProposalStanding;
import de.kokreation.proposal.ResponseService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.DataTables;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a theme group's moderators condense its proposals: the group's drafts, and its proposals
 * with votes, comments and response state, the unanswered first, a page at a time from the
 * database. Selected proposals are linked to a draft in one step.
 */
@Route(value = Permalinks.CONDENSING + "/:groupId", layout = MainLayout.class)
@PermitAll
public class CondensingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final DraftService drafts;
    private final DraftLinking linking;
    private final ResponseService responses;
    private final ConsultationService consultations;
    private final ModerationRights rights;
    private final Set<Long> selected = new LinkedHashSet<>();
    private final Div table = new Div();
    private final Select<DraftSummary> target = new Select<>();
    private final Checkbox unansweredOnly = new Checkbox();
    private ThemeGroupSummary group = new ThemeGroupSummary(0, "", "", "", 0, "", "", Phase.CLOSED, Set.of());
    private int page;

    public CondensingView(
            DraftService drafts,
            DraftLinking linking,
            ResponseService responses,
            ConsultationService consultations,
            ModerationRights rights) {
        this.drafts = drafts;
        this.linking = linking;
        this.responses = responses;
        this.consultations = consultations;
        this.rights = rights;
        addClassNames("kk-view", "kk-wide");
        unansweredOnly.addValueChangeListener(change -> {
            page = 0;
            renderTable();
        });
    }

    public static String path(long groupId) {
        return Permalinks.condensing(groupId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long groupId = parse(event.getRouteParameters().get("groupId").orElse(""));
        rights.requireModerator(groupId);
        group = consultations.getThemeGroup(groupId);
        page = 0;
        selected.clear();
        removeAll();
        add(new Breadcrumbs()
                .link(group.consultationTitle(), Permalinks.consultation(group.consultationSlug()))
                .link(group.name(), Permalinks.themeGroup(group.consultationSlug(), group.slug())));
        Anchor toClusters = new Anchor(Permalinks.clusters(groupId), getTranslation("condensing.toClusters"));
        toClusters.setId("condensing-to-clusters");
        add(
                new H1(getTranslation("condensing.title", group.name())),
                new Paragraph(getTranslation("condensing.intro")),
                new Paragraph(toClusters));
        add(draftsSection(), proposalsSection());
    }

    private Section draftsSection() {
        Section section = new Section();
        H2 heading = new H2(getTranslation("condensing.drafts"));
        heading.setId("condensing-drafts-heading");
        section.getElement().setAttribute("aria-labelledby", "condensing-drafts-heading");
        section.add(heading);
        List<DraftSummary> groupDrafts = drafts.draftsOfGroup(group.id());
        if (groupDrafts.isEmpty()) {
            section.add(new Paragraph(getTranslation("condensing.noDrafts")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("condensing-draft-list");
            list.addClassName("kk-link-list");
            for (DraftSummary draft : groupDrafts) {
                Span meta = new Span(getTranslation(draft.status().messageKey()) + " · "
                        + getTranslation("condensing.draftMeta", draft.version(), draft.proposalCount()));
                meta.addClassName("kk-meta");
                list.add(new ListItem(new Anchor(Permalinks.draft(draft.id()), draft.title()), meta));
            }
            section.add(list);
        }
        if (group.currentPhase().allowsDraftEditing()) {
            Button create = new Button(getTranslation("condensing.newDraft"), click -> openNewDraftDialog());
            create.setId("condensing-new-draft");
            section.add(create);
        }
        return section;
    }

    private void openNewDraftDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("condensing.newDraft"));
        TextField title = new TextField(getTranslation("draft.field.title"));
        title.setMaxLength(DraftLimits.TITLE_MAX);
        title.setWidthFull();
        title.setId("new-draft-title");
        Button create = new Button(getTranslation("condensing.create"), click -> {
            try {
                long id = drafts.create(group.id(), DraftContent.titled(title.getValue()));
                dialog.close();
                getUI().ifPresent(ui -> ui.navigate(DraftEditorView.path(id).substring(1)));
            } catch (DomainException refused) {
                title.setInvalid(true);
                title.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), refused));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-draft-create");
        dialog.add(title);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), create);
        dialog.open();
        title.focus();
    }

    private Section proposalsSection() {
        Section section = new Section();
        H2 heading = new H2(getTranslation("condensing.proposals"));
        heading.setId("condensing-proposals-heading");
        section.getElement().setAttribute("aria-labelledby", "condensing-proposals-heading");
        unansweredOnly.setLabel(getTranslation("condensing.unansweredOnly"));
        unansweredOnly.setId("condensing-unanswered");
        target.setLabel(getTranslation("condensing.linkTarget"));
        target.setItems(drafts.draftsOfGroup(group.id()).stream()
                .filter(draft -> draft.status() != DraftStatus.WITHDRAWN)
                .toList());
        // The whole title with number and version: drafts that begin alike stay apart.
        target.setItemLabelGenerator(draft -> draft.version() == 0
                ? getTranslation("condensing.targetLabelNew", draft.title(), draft.id())
                : getTranslation("condensing.targetLabel", draft.title(), draft.id(), draft.version()));
        target.setWidthFull();
        target.addClassName("kk-wide-select");
        target.setId("condensing-target");
        Button link = new Button(getTranslation("condensing.link"), click -> linkSelected());
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.setId("condensing-link");
        Div toolbar = new Div(unansweredOnly, target, link);
        toolbar.addClassName("kk-filters");
        toolbar.getElement().setAttribute("role", "group");
        toolbar.getElement().setAttribute("aria-label", getTranslation("condensing.actions"));
        section.add(heading, toolbar, table);
        renderTable();
        return section;
    }

    private void linkSelected() {
        if (selected.isEmpty()) {
            UserMessages.showError(getTranslation("moderation.error.nothingSelected"));
            return;
        }
        if (target.getValue() == null) {
            target.setInvalid(true);
            target.setErrorMessage(getTranslation("condensing.error.noTarget"));
            return;
        }
        target.setInvalid(false);
        try {
            int added = linking.link(target.getValue().id(), selected);
            UserMessages.showSuccess(
                    getTranslation("condensing.linked", added, target.getValue().title()));
            selected.clear();
            renderTable();
        } catch (RuntimeException refused) {
            UserMessages.showFailure(refused);
        }
    }

    private void renderTable() {
        table.removeAll();
        boolean onlyUnanswered = unansweredOnly.getValue();
        long total = responses.condensingCount(group.id(), onlyUnanswered);
        List<ProposalStanding> rows = responses.condensingPage(group.id(), onlyUnanswered, page * PAGE_SIZE, PAGE_SIZE);
        if (rows.isEmpty()) {
            table.add(new Paragraph(getTranslation("condensing.noProposals")));
            return;
        }
        Map<Long, List<String>> draftTitles = linking.draftTitlesByProposal(
                rows.stream().map(ProposalStanding::id).toList());
        NativeTable proposals = DataTables.table(
                "condensing-table",
                getTranslation("condensing.tableCaption", total),
                List.of(
                                "condensing.col.select",
                                "condensing.col.proposal",
                                "condensing.col.for",
                                "condensing.col.against",
                                "condensing.col.comments",
                                "condensing.col.response",
                                "condensing.col.drafts")
                        .stream()
                        .map(this::getTranslation)
                        .toList());
        for (ProposalStanding proposal : rows) {
            NativeTableRow row = proposals.getBody().addRow();
            Checkbox box = new Checkbox(selected.contains(proposal.id()));
            box.setAriaLabel(getTranslation("condensing.selectProposal", proposal.title()));
            box.setId("condense-select-" + proposal.id());
            box.addValueChangeListener(change -> {
                if (change.getValue()) {
                    selected.add(proposal.id());
                } else {
                    selected.remove(proposal.id());
                }
            });
            row.addDataCell().add(box);
            Div proposalCell =
                    new Div(new Anchor(Permalinks.proposal(proposal.id()), String.valueOf(proposal.title())));
            if (!proposal.excerpt().isEmpty()) {
                Paragraph excerpt = new Paragraph(proposal.excerpt());
                excerpt.addClassName("kk-excerpt");
                proposalCell.add(excerpt);
            }
            proposalCell.addClassName("kk-stack");
            row.addDataCell().add(proposalCell);
            row.addDataCell().setText(Integer.toString(proposal.votesFor()));
            row.addDataCell().setText(Integer.toString(proposal.votesAgainst()));
            row.addDataCell().setText(Integer.toString(proposal.commentCount()));
            row.addDataCell()
                    .setText(
                            proposal.outcome() == null
                                    ? getTranslation("condensing.unanswered")
                                    : getTranslation(proposal.outcome().messageKey()));
            row.addDataCell().setText(String.join("; ", draftTitles.getOrDefault(proposal.id(), List.of())));
        }
        table.add(
                DataTables.scrolling(proposals),
                DataTables.pagination(
                        this,
                        page,
                        total,
                        PAGE_SIZE,
                        newPage -> {
                            page = newPage;
                            renderTable();
                        },
                        "condensing"));
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException("themeGroup.error.notFound", value);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("condensing.title", group.name()) + " – " + getTranslation("app.name");
    }
}
