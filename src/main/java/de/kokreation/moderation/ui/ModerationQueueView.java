package de.kokreation.moderation.ui;

import com.vaadin.flow.component.HasValue;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.kokreation.account.CurrentUser;
import de.kokreation.account.Role;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.moderation.ContentModeration;
import de.kokreation.moderation.FlagService;
import de.kokreation.moderation.ModerationLimits;
import de.kokreation.moderation.ModerationQueue;
import de.kokreation.moderation.ModerationQueue.QueueItem;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.DataTables;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.ReasonDialog;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The lead's queue: new and flagged content of the theme groups they moderate, flagged first,
 * with actions on all selected items at once. Filters (flagged only, new only, consultation,
 * theme group) live in the address, so a lead of many groups can bookmark their own view.
 */
@Route(value = "moderation", layout = MainLayout.class)
@PermitAll
public class ModerationQueueView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAM_FLAGGED = "gemeldet";
    static final String PARAM_NEW = "neu";
    static final String PARAM_CONSULTATION = "konsultation";
    static final String PARAM_GROUP = "gruppe";
    private static final String YES = "ja";

    private final ModerationQueue queue;
    private final ContentModeration moderation;
    private final FlagService flags;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private static final int PAGE_SIZE = 50;
    private final Div tableArea = new Div();
    private int page;
    private final Map<String, QueueItem> selected = new LinkedHashMap<>();
    private final List<ThemeGroupSummary> moderatedGroups;
    private final Checkbox flaggedOnly = new Checkbox();
    private final Checkbox newOnly = new Checkbox();
    private final Select<String> consultation = new Select<>();
    private final Select<ThemeGroupSummary> group = new Select<>();
    private ModerationQueue.Filter filter = ModerationQueue.Filter.ALL;

    public ModerationQueueView(
            ModerationQueue queue,
            ContentModeration moderation,
            FlagService flags,
            ConsultationService consultations,
            ModerationRights rights,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.queue = queue;
        this.moderation = moderation;
        this.flags = flags;
        this.consultations = consultations;
        addClassNames("kk-view", "kk-wide");

        // A native table with a labelled checkbox per row, a page at a time from the database: every
        // checkbox is reached with Tab and ticked with Space, and the selection lives on the server.
        tableArea.setId("moderation-items");
        Div actions = new Div(
                button("moderation.hide", "bulk-hide", ButtonVariant.LUMO_ERROR, this::hideSelected),
                button(
                        "moderation.restore",
                        "bulk-restore",
                        null,
                        items -> each(items, item -> {
                            if (item.type() == ContentModerated.TargetType.PROPOSAL) {
                                moderation.restoreProposal(item.targetId());
                            } else {
                                moderation.restoreComment(item.targetId());
                            }
                        })),
                button(
                        "moderation.done",
                        "bulk-done",
                        null,
                        items -> each(items, item -> flags.dismissFlags(item.type(), item.targetId()))),
                button("moderation.duplicate", "bulk-duplicate", null, this::markDuplicates),
                button("moderation.move", "bulk-move", null, this::moveSelected));
        if (currentUser
                .find()
                .map(me -> me.hasRole(Role.ADMIN) || me.hasRole(Role.COORDINATOR))
                .orElse(false)) {
            actions.add(button("moderation.blockAuthor", "bulk-block", ButtonVariant.LUMO_ERROR, this::blockAuthors));
        }
        actions.addClassName("kk-form-buttons");
        actions.getElement().setAttribute("role", "toolbar");
        actions.getElement().setAttribute("aria-label", getTranslation("moderation.queue.actions"));

        moderatedGroups = rights.moderatedThemeGroupIds().stream()
                .map(consultations::getThemeGroup)
                .toList();
        add(
                new H1(getTranslation("moderation.queue.title")),
                new Paragraph(getTranslation("moderation.queue.intro")),
                filters(),
                actions,
                tableArea,
                condensingLinks());
    }

    private Div filters() {
        flaggedOnly.setLabel(getTranslation("moderation.filter.flagged"));
        flaggedOnly.setId("filter-flagged");
        newOnly.setLabel(getTranslation("moderation.filter.new"));
        newOnly.setId("filter-new");
        Map<String, String> consultationTitles = new LinkedHashMap<>();
        moderatedGroups.forEach(g -> consultationTitles.put(g.consultationSlug(), g.consultationTitle()));
        consultation.setLabel(getTranslation("moderation.filter.consultation"));
        consultation.setItems(consultationTitles.keySet());
        consultation.setEmptySelectionAllowed(true);
        consultation.setEmptySelectionCaption(getTranslation("moderation.filter.allConsultations"));
        consultation.setItemLabelGenerator(slug -> slug == null
                ? getTranslation("moderation.filter.allConsultations")
                : consultationTitles.getOrDefault(slug, slug));
        consultation.setId("filter-consultation");
        group.setLabel(getTranslation("moderation.filter.group"));
        group.setItems(moderatedGroups);
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("moderation.filter.allGroups"));
        group.setItemLabelGenerator(g -> g == null
                ? getTranslation("moderation.filter.allGroups")
                : g.name() + " (" + g.consultationTitle() + ")");
        group.setId("filter-group");
        for (var field : List.<HasValue<?, ?>>of(flaggedOnly, newOnly, consultation, group)) {
            field.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    applyFilters();
                }
            });
        }
        Div filters = new Div(flaggedOnly, newOnly, consultation, group);
        filters.addClassName("kk-filters");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", getTranslation("moderation.filter.label"));
        return filters;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        flaggedOnly.setValue(YES.equals(first(parameters, PARAM_FLAGGED)));
        newOnly.setValue(YES.equals(first(parameters, PARAM_NEW)));
        String slug = first(parameters, PARAM_CONSULTATION);
        consultation.setValue(
                moderatedGroups.stream().anyMatch(g -> g.consultationSlug().equals(slug)) ? slug : null);
        String groupId = first(parameters, PARAM_GROUP);
        group.setValue(moderatedGroups.stream()
                .filter(g -> Long.toString(g.id()).equals(groupId))
                .findFirst()
                .orElse(null));
        Set<Long> groups = null;
        if (group.getValue() != null) {
            groups = Set.of(group.getValue().id());
        } else if (consultation.getValue() != null) {
            groups = moderatedGroups.stream()
                    .filter(g -> g.consultationSlug().equals(consultation.getValue()))
                    .map(ThemeGroupSummary::id)
                    .collect(Collectors.toSet());
        }
        filter = new ModerationQueue.Filter(flaggedOnly.getValue(), newOnly.getValue(), groups);
        page = 0;
        selected.clear();
        renderTable();
    }

    private void applyFilters() {
        Map<String, String> values = new LinkedHashMap<>();
        if (flaggedOnly.getValue()) {
            values.put(PARAM_FLAGGED, YES);
        }
        if (newOnly.getValue()) {
            values.put(PARAM_NEW, YES);
        }
        if (consultation.getValue() != null) {
            values.put(PARAM_CONSULTATION, consultation.getValue());
        }
        if (group.getValue() != null) {
            values.put(PARAM_GROUP, Long.toString(group.getValue().id()));
        }
        getUI().ifPresent(ui -> ui.navigate("moderation", QueryParameters.simple(values)));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private void renderTable() {
        tableArea.removeAll();
        long total = queue.count(filter);
        List<QueueItem> items = queue.items(filter, page * PAGE_SIZE, PAGE_SIZE);
        if (items.isEmpty() && page > 0) {
            page = 0;
            renderTable();
            return;
        }
        if (items.isEmpty()) {
            tableArea.add(new Paragraph(getTranslation("moderation.queue.empty")));
            return;
        }
        NativeTable table = DataTables.table(
                "moderation-table",
                getTranslation("moderation.queue.caption", total),
                List.of(
                                "moderation.queue.select",
                                "moderation.queue.content",
                                "moderation.queue.group",
                                "moderation.queue.type",
                                "moderation.queue.author",
                                "moderation.queue.created",
                                "moderation.queue.state")
                        .stream()
                        .map(this::getTranslation)
                        .toList());
        Map<Long, ThemeGroupSummary> groups = new HashMap<>();
        moderatedGroups.forEach(g -> groups.put(g.id(), g));
        for (QueueItem item : items) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().add(selectBox(item));
            row.addDataCell().add(content(item));
            ThemeGroupSummary itemGroup = groups.computeIfAbsent(item.themeGroupId(), consultations::getThemeGroup);
            Div where = new Div(new Span(itemGroup.name()));
            Span consultationName = new Span(itemGroup.consultationTitle());
            consultationName.addClassName("kk-hint");
            where.add(consultationName);
            where.addClassName("kk-stack");
            row.addDataCell().add(where);
            row.addDataCell()
                    .setText(getTranslation("moderation.type." + item.type().name()));
            row.addDataCell()
                    .setText(item.authorName().isBlank() ? getTranslation("account.deletedName") : item.authorName());
            row.addDataCell().setText(Formats.dateTime(item.createdAt(), getLocale()));
            row.addDataCell().setText(state(item));
        }
        tableArea.add(DataTables.scrolling(table));
        if (total > PAGE_SIZE) {
            tableArea.add(DataTables.pagination(
                    this,
                    page,
                    total,
                    PAGE_SIZE,
                    newPage -> {
                        page = newPage;
                        renderTable();
                    },
                    "moderation"));
        }
    }

    /** The entry's title or text with the beginning of the proposal and what the flaggers wrote. */
    private Div content(QueueItem item) {
        Div content = new Div(new Anchor(
                Permalinks.proposal(item.proposalId())
                        + (item.type() == ContentModerated.TargetType.COMMENT ? "#comment-" + item.targetId() : ""),
                item.type() == ContentModerated.TargetType.COMMENT
                        ? shorten(item.text(), ModerationQueue.EXCERPT_LENGTH)
                        : shorten(item.text(), 120)));
        content.addClassName("kk-stack");
        if (!item.excerpt().isEmpty()) {
            Paragraph excerpt = new Paragraph(item.excerpt());
            excerpt.addClassName("kk-excerpt");
            content.add(excerpt);
        }
        for (String note : item.flagNotes()) {
            Paragraph flagNote = new Paragraph(getTranslation("moderation.queue.flagNote", note));
            flagNote.addClassName("kk-flag-note");
            content.add(flagNote);
        }
        return content;
    }

    /** Where the moderated theme groups are condensed into draft commitments. */
    private Section condensingLinks() {
        UnorderedList links = new UnorderedList();
        links.addClassName("kk-link-list");
        links.setId("condensing-links");
        for (ThemeGroupSummary group : moderatedGroups) {
            links.add(new ListItem(new Anchor(
                    Permalinks.condensing(group.id()), group.name() + " (" + group.consultationTitle() + ")")));
        }
        return new Section(new H2(getTranslation("moderation.queue.condensing")), links);
    }

    private static String key(QueueItem item) {
        return item.type().name() + ":" + item.targetId();
    }

    private Checkbox selectBox(QueueItem item) {
        Checkbox box = new Checkbox();
        box.setValue(selected.containsKey(key(item)));
        box.setAriaLabel(getTranslation("moderation.queue.selectItem", shorten(item.text())));
        box.setId("select-" + item.type().name().toLowerCase(Locale.ROOT) + "-" + item.targetId());
        box.addValueChangeListener(change -> {
            if (change.getValue()) {
                selected.put(key(item), item);
            } else {
                selected.remove(key(item));
            }
        });
        return box;
    }

    private String state(QueueItem item) {
        List<String> parts = new ArrayList<>();
        if (!item.reviewed() && item.type() == ContentModerated.TargetType.PROPOSAL) {
            parts.add(getTranslation("moderation.state.new"));
        }
        if (item.openFlags() > 0) {
            parts.add(getTranslation(
                    "moderation.state.flagged",
                    item.openFlags(),
                    item.flagReasons().stream()
                            .map(reason -> getTranslation(reason.messageKey()))
                            .collect(Collectors.joining(", "))));
        }
        if (item.hiddenReason() != null) {
            parts.add(getTranslation("moderation.state.hidden"));
        }
        return String.join(" · ", parts);
    }

    private Button button(String key, String id, ButtonVariant variant, Consumer<Set<QueueItem>> action) {
        Button button = new Button(getTranslation(key), click -> {
            if (selected.isEmpty()) {
                UserMessages.showError(getTranslation("moderation.error.nothingSelected"));
                return;
            }
            action.accept(new LinkedHashSet<>(selected.values()));
        });
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        button.setId(id);
        return button;
    }

    private void hideSelected(Set<QueueItem> items) {
        new ReasonDialog(
                        getTranslation("moderation.hideSelected", items.size()),
                        ModerationLimits.REASON_MAX,
                        reason -> {
                            // An empty reason is refused (at the field) before anything changes.
                            if (reason.isBlank()) {
                                throw new DomainException("moderation.error.reasonRequired");
                            }
                            each(items, item -> {
                                if (item.type() == ContentModerated.TargetType.PROPOSAL) {
                                    moderation.hideProposal(item.targetId(), reason);
                                } else {
                                    moderation.hideComment(item.targetId(), reason);
                                }
                            });
                        })
                .open();
    }

    private void blockAuthors(Set<QueueItem> items) {
        new ReasonDialog(
                        getTranslation("moderation.blockAuthorsOf", items.size()),
                        getTranslation("moderation.blockAuthor"),
                        ModerationLimits.REASON_MAX,
                        reason -> {
                            if (reason.isBlank()) {
                                throw new DomainException("moderation.error.reasonRequired");
                            }
                            each(items, item -> moderation.blockAuthor(item.type(), item.targetId(), reason));
                        })
                .open();
    }

    private void markDuplicates(Set<QueueItem> items) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("moderation.duplicate"));
        IntegerField original = new IntegerField(getTranslation("moderation.duplicate.original"));
        original.setHelperText(getTranslation("moderation.duplicate.helper"));
        original.setId("duplicate-original");
        Button confirm = new Button(getTranslation("moderation.duplicate"), click -> {
            if (original.getValue() == null) {
                original.setInvalid(true);
                return;
            }
            each(items, item -> moderation.markDuplicate(item.targetId(), original.getValue()));
            dialog.close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("duplicate-confirm");
        dialog.add(original);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void moveSelected(Set<QueueItem> items) {
        QueueItem first = items.iterator().next();
        ThemeGroupSummary source = consultations.getThemeGroup(first.themeGroupId());
        List<ThemeGroupSummary> targets =
                consultations.getConsultation(source.consultationSlug()).themeGroups();
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("moderation.move"));
        Select<ThemeGroupSummary> target = new Select<>();
        target.setLabel(getTranslation("moderation.move.target"));
        target.setItems(targets);
        target.setItemLabelGenerator(ThemeGroupSummary::name);
        target.setId("move-target");
        Button confirm = new Button(getTranslation("moderation.move"), click -> {
            if (target.getValue() == null) {
                target.setInvalid(true);
                return;
            }
            each(
                    items,
                    item -> moderation.moveProposal(
                            item.targetId(), target.getValue().id()));
            dialog.close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("move-confirm");
        dialog.add(target);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /** Runs the action on each item; a refused item is reported, the others still go through. */
    private void each(Set<QueueItem> items, Consumer<QueueItem> action) {
        int done = 0;
        List<String> refused = new ArrayList<>();
        for (QueueItem item : items) {
            try {
                action.accept(item);
                done++;
            } catch (DomainException rejected) {
                refused.add(shorten(item.text()) + ": " + UserMessages.describe(getUI().orElseThrow(), rejected));
            }
        }
        if (!refused.isEmpty()) {
            UserMessages.showError(String.join("; ", refused));
        }
        if (done > 0) {
            UserMessages.showSuccess(getTranslation("moderation.applied", done));
        }
        selected.clear();
        renderTable();
    }

    private static String shorten(String text) {
        return shorten(text, 120);
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.title") + " – " + getTranslation("app.name");
    }
}
