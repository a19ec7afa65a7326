package de.kokreation.moderation.ui;

import de.kokreation.account.CurrentUser;
import de.kokreation.account.Role;
import de.kokreation.shell.DataTables;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.ContentModerated;
import de.kokreation.proposal.ContentModeration;
import de.kokreation.proposal.ModerationLimits;
import de.kokreation.proposal.FlagService;
import de.kokreation.proposal.ModerationQueue;
import de.kokreation.proposal.ModerationQueue.QueueItem;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.ReasonDialog;
import de.kokreation.shell.UserMessages;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The lead's queue: new and flagged content of the theme groups they moderate, oldest first, with
 * actions on all selected items at once.
 */
@Route(value = "moderation", layout = MainLayout.class)
@PermitAll
public class ModerationQueueView extends Div implements HasDynamicTitle {

    private final ModerationQueue queue;
    private final ContentModeration moderation;
    private final FlagService flags;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private static final int PAGE_SIZE = 50;
    private final Div tableArea = new Div();
    private int page;
    private final java.util.Map<String, QueueItem> selected = new java.util.LinkedHashMap<>();

    public ModerationQueueView(ModerationQueue queue, ContentModeration moderation, FlagService flags,
            ConsultationService consultations, de.kokreation.consultation.ModerationRights rights,
            CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.queue = queue;
        this.moderation = moderation;
        this.flags = flags;
        this.consultations = consultations;
        addClassName("kk-view");

        // A native table with a labelled checkbox per row, a page at a time from the database: every
        // checkbox is reached with Tab and ticked with Space, and the selection lives on the server.
        tableArea.setId("moderation-items");
        Div actions = new Div(
                button("moderation.hide", "bulk-hide", ButtonVariant.LUMO_ERROR, this::hideSelected),
                button("moderation.restore", "bulk-restore", null, items -> each(items, item -> {
                    if (item.type() == ContentModerated.TargetType.PROPOSAL) {
                        moderation.restoreProposal(item.targetId());
                    } else {
                        moderation.restoreComment(item.targetId());
                    }
                })),
                button("moderation.done", "bulk-done", null,
                        items -> each(items, item -> flags.dismissFlags(item.type(), item.targetId()))),
                button("moderation.duplicate", "bulk-duplicate", null, this::markDuplicates),
                button("moderation.move", "bulk-move", null, this::moveSelected));
        if (currentUser.find().map(me -> me.hasRole(Role.ADMIN) || me.hasRole(Role.COORDINATOR)).orElse(false)) {
            actions.add(button("moderation.blockAuthor", "bulk-block", ButtonVariant.LUMO_ERROR, this::blockAuthors));
        }
        actions.addClassName("kk-form-buttons");
        actions.getElement().setAttribute("role", "toolbar");
        actions.getElement().setAttribute("aria-label", getTranslation("moderation.queue.actions"));

        add(new H1(getTranslation("moderation.queue.title")), new Paragraph(getTranslation("moderation.queue.intro")),
                actions, tableArea, condensingLinks(rights));
        renderTable();
    }

    private void renderTable() {
        tableArea.removeAll();
        long total = queue.count();
        List<QueueItem> items = queue.items(page * PAGE_SIZE, PAGE_SIZE);
        if (items.isEmpty() && page > 0) {
            page = 0;
            renderTable();
            return;
        }
        if (items.isEmpty()) {
            tableArea.add(new Paragraph(getTranslation("moderation.queue.empty")));
            return;
        }
        NativeTable table = DataTables.table("moderation-table", getTranslation("moderation.queue.caption", total),
                List.of("moderation.queue.select", "moderation.queue.content", "moderation.queue.type",
                        "moderation.queue.author", "moderation.queue.created", "moderation.queue.state").stream()
                        .map(this::getTranslation).toList());
        for (QueueItem item : items) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().add(selectBox(item));
            row.addDataCell().add(new Anchor(Permalinks.proposal(item.proposalId())
                    + (item.type() == ContentModerated.TargetType.COMMENT ? "#comment-" + item.targetId() : ""),
                    shorten(item.text())));
            row.addDataCell().setText(getTranslation("moderation.type." + item.type().name()));
            row.addDataCell().setText(item.authorName().isBlank() ? getTranslation("account.deletedName")
                    : item.authorName());
            row.addDataCell().setText(Formats.dateTime(item.createdAt(), getLocale()));
            row.addDataCell().setText(state(item));
        }
        tableArea.add(DataTables.scrolling(table));
        if (total > PAGE_SIZE) {
            tableArea.add(DataTables.pagination(this, page, total, PAGE_SIZE, newPage -> {
                page = newPage;
                renderTable();
            }, "moderation"));
        }
    }

    /** Where the moderated theme groups are condensed into draft commitments. */
    private com.vaadin.flow.component.html.Section condensingLinks(de.kokreation.consultation.ModerationRights rights) {
        com.vaadin.flow.component.html.UnorderedList links = new com.vaadin.flow.component.html.UnorderedList();
        links.addClassName("kk-link-list");
        links.setId("condensing-links");
        for (long groupId : rights.moderatedThemeGroupIds()) {
            ThemeGroupSummary group = consultations.getThemeGroup(groupId);
            links.add(new com.vaadin.flow.component.html.ListItem(new Anchor(Permalinks.condensing(groupId),
                    group.name() + " (" + group.consultationTitle() + ")")));
        }
        return new com.vaadin.flow.component.html.Section(
                new com.vaadin.flow.component.html.H2(getTranslation("moderation.queue.condensing")), links);
    }

    private static String key(QueueItem item) {
        return item.type().name() + ":" + item.targetId();
    }

    private com.vaadin.flow.component.checkbox.Checkbox selectBox(QueueItem item) {
        com.vaadin.flow.component.checkbox.Checkbox box = new com.vaadin.flow.component.checkbox.Checkbox();
        box.setValue(selected.containsKey(key(item)));
        box.setAriaLabel(getTranslation("moderation.queue.selectItem", shorten(item.text())));
        box.setId("select-" + item.type().name().toLowerCase(java.util.Locale.ROOT) + "-" + item.targetId());
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
            parts.add(getTranslation("moderation.state.flagged", item.openFlags(), item.flagReasons().stream()
                    .map(reason -> getTranslation(reason.messageKey())).collect(Collectors.joining(", "))));
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
            action.accept(new java.util.LinkedHashSet<>(selected.values()));
        });
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        button.setId(id);
        return button;
    }

    private void hideSelected(Set<QueueItem> items) {
        new ReasonDialog(getTranslation("moderation.hideSelected", items.size()),
                ModerationLimits.REASON_MAX, reason -> {
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
        }).open();
    }

    private void blockAuthors(Set<QueueItem> items) {
        new ReasonDialog(getTranslation("moderation.blockAuthorsOf", items.size()),
                getTranslation("moderation.blockAuthor"), ModerationLimits.REASON_MAX,
                reason -> {
                    if (reason.isBlank()) {
                        throw new DomainException("moderation.error.reasonRequired");
                    }
                    each(items, item -> moderation.blockAuthor(item.type(), item.targetId(), reason));
                }).open();
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
        List<ThemeGroupSummary> targets = consultations.getConsultation(source.consultationSlug()).themeGroups();
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
            each(items, item -> moderation.moveProposal(item.targetId(), target.getValue().id()));
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
        return text.length() <= 120 ? text : text.substring(0, 117) + "…";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.queue.title") + " – " + getTranslation("app.name");
    }
}
