package de.kokreation.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.moderation.ContentModeration;
import de.kokreation.moderation.FlagService;
import de.kokreation.moderation.ModerationLimits;
import de.kokreation.proposal.CommentNode;
import de.kokreation.proposal.CommentService;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Formats;
import de.kokreation.shell.Html5;
import de.kokreation.shell.ReasonDialog;
import de.kokreation.shell.UserMessages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The comments of a proposal as nested lists, with forms to comment, reply, edit and delete.
 * Deleted comments keep their place so that the replies below them still make sense.
 */
class CommentThread extends Section {

    private final CommentService comments;
    private final FlagService flags;
    private final ContentModeration moderation;
    private final long proposalId;
    private final boolean loggedIn;
    private final boolean open;
    private final boolean moderator;
    private final H2 heading = new H2();
    private final Div threadArea = new Div();
    /** The shown comments' list items and nesting depths, by comment id: where a new reply goes. */
    private final Map<Long, ListItem> items = new HashMap<>();

    private final Map<Long, Integer> depths = new HashMap<>();
    private @Nullable UnorderedList roots;
    private long shown;

    CommentThread(
            CommentService comments,
            FlagService flags,
            ContentModeration moderation,
            long proposalId,
            boolean loggedIn,
            boolean open,
            boolean moderator) {
        this.comments = comments;
        this.flags = flags;
        this.moderation = moderation;
        this.moderator = moderator;
        this.proposalId = proposalId;
        this.loggedIn = loggedIn;
        this.open = open;
        addClassName("kk-comments");
        heading.setId("comments-heading");
        getElement().setAttribute("aria-labelledby", "comments-heading");
        add(heading);
        if (open && loggedIn) {
            add(new CommentForm(
                            "comment." + proposalId,
                            getTranslation("comment.new.label"),
                            getTranslation("comment.new.submit"),
                            "",
                            text -> {
                                showNew(comments.post(proposalId, null, text));
                                UserMessages.showSuccess(getTranslation("comment.posted"));
                            },
                            null)
                    .identified("new-comment"));
        } else if (open) {
            Anchor login = new Anchor(
                    Permalinks.joinAndReturnTo(Permalinks.proposal(proposalId)),
                    getTranslation("comment.loginToComment"));
            login.setId("login-to-comment");
            add(new Paragraph(login));
        } else {
            add(new Paragraph(getTranslation("comment.closed")));
        }
        add(threadArea);
        refresh();
    }

    void refresh() {
        List<CommentNode> thread = comments.thread(proposalId);
        items.clear();
        depths.clear();
        shown = count(thread);
        heading.setText(getTranslation("comment.heading", shown));
        threadArea.removeAll();
        if (thread.isEmpty()) {
            roots = null;
            threadArea.add(new Paragraph(getTranslation("comment.none")));
        } else {
            roots = list(thread, 1);
            threadArea.add(roots);
        }
    }

    /**
     * Adds the caller's new comment where it belongs, without reading and drawing the thread again:
     * on a much discussed proposal that rebuild was a fifth of a node's CPU under load (JFR, see
     * benchmark/results). Comments others wrote meanwhile appear when the page is next opened.
     */
    private void showNew(long commentId) {
        CommentNode node = comments.comment(proposalId, commentId);
        Long parentId = node.parentId();
        ListItem item = new ListItem(comment(node));
        int depth;
        if (parentId == null) {
            if (roots == null) {
                threadArea.removeAll();
                roots = newList(1);
                threadArea.add(roots);
            }
            roots.add(item);
            depth = 1;
        } else {
            ListItem parent = items.get(parentId);
            Integer parentDepth = depths.get(parentId);
            if (parent == null || parentDepth == null) {
                refresh();
                return;
            }
            depth = parentDepth + 1;
            UnorderedList replies = parent.getChildren()
                    .filter(UnorderedList.class::isInstance)
                    .map(UnorderedList.class::cast)
                    .findFirst()
                    .orElseGet(() -> {
                        UnorderedList list = newList(depth);
                        parent.add(list);
                        return list;
                    });
            replies.add(item);
        }
        items.put(node.id(), item);
        depths.put(node.id(), depth);
        shown++;
        heading.setText(getTranslation("comment.heading", shown));
    }

    private static UnorderedList newList(int depth) {
        UnorderedList list = new UnorderedList();
        list.addClassNames("kk-thread", "kk-thread-depth-" + Math.min(depth, 4));
        return list;
    }

    private static long count(List<CommentNode> nodes) {
        return nodes.stream()
                .mapToLong(node -> (node.deleted() ? 0 : 1) + count(node.replies()))
                .sum();
    }

    private UnorderedList list(List<CommentNode> nodes, int depth) {
        UnorderedList list = newList(depth);
        for (CommentNode node : nodes) {
            ListItem item = new ListItem(comment(node));
            items.put(node.id(), item);
            depths.put(node.id(), depth);
            if (!node.replies().isEmpty()) {
                item.add(list(node.replies(), depth + 1));
            }
            list.add(item);
        }
        return list;
    }

    private Article comment(CommentNode node) {
        Article article = new Article();
        article.addClassName("kk-comment");
        article.setId("comment-" + node.id());
        if (node.deleted()) {
            article.addClassName("kk-comment-deleted");
            article.add(new Paragraph(getTranslation("comment.deleted")));
            return article;
        }
        if (node.hiddenReason() != null) {
            article.addClassName("kk-comment-deleted");
            article.add(new Paragraph(getTranslation("moderation.hiddenBecause", node.hiddenReason())));
            if (moderator) {
                article.add(action("moderation.restore", "restore-comment-" + node.id(), node, () -> {
                    moderation.restoreComment(node.id());
                    refresh();
                }));
            }
            return article;
        }
        Span author = new Span(AuthorNames.of(this, node.authorName()));
        author.addClassName("kk-comment-author");
        Div meta = new Div(author, Html5.time(node.createdAt(), getLocale()));
        if (node.editedAt() != null) {
            meta.add(new Span(getTranslation("comment.edited")));
        }
        meta.addClassName("kk-meta");
        Paragraph body = new Paragraph(node.body());
        body.addClassName("kk-comment-body");
        Div actions = new Div();
        actions.addClassName("kk-comment-actions");
        Div formSlot = new Div();
        article.add(meta, body, actions, formSlot);
        if (open && loggedIn) {
            actions.add(action(
                    "comment.reply",
                    "reply-" + node.id(),
                    node,
                    () -> openForm(
                            formSlot,
                            new CommentForm(
                                    "reply." + node.id(),
                                    getTranslation("comment.reply.label", AuthorNames.of(this, node.authorName())),
                                    getTranslation("comment.reply.submit"),
                                    "",
                                    text -> {
                                        long reply = comments.post(proposalId, node.id(), text);
                                        formSlot.removeAll();
                                        showNew(reply);
                                        UserMessages.showSuccess(getTranslation("comment.posted"));
                                    },
                                    () -> formSlot.removeAll()))));
        }
        if (node.mine() && open) {
            actions.add(action(
                    "comment.edit",
                    "edit-" + node.id(),
                    node,
                    () -> openForm(
                            formSlot,
                            new CommentForm(
                                    "edit." + node.id(),
                                    getTranslation("comment.edit.label"),
                                    getTranslation("comment.edit.submit"),
                                    node.body() == null ? "" : node.body(),
                                    text -> {
                                        comments.edit(node.id(), text);
                                        refresh();
                                    },
                                    () -> formSlot.removeAll()))));
        }
        if (node.mine()) {
            actions.add(action("comment.delete", "delete-" + node.id(), node, () -> confirmDelete(node)));
        } else if (loggedIn) {
            actions.add(action(
                    "flag.action",
                    "flag-comment-" + node.id(),
                    node,
                    () -> new FlagDialog(flags, ContentModerated.TargetType.COMMENT, node.id()).open()));
        }
        if (moderator) {
            actions.add(action(
                    "moderation.hide",
                    "hide-comment-" + node.id(),
                    node,
                    () -> new ReasonDialog(
                                    getTranslation("moderation.hideComment"), ModerationLimits.REASON_MAX, reason -> {
                                        moderation.hideComment(node.id(), reason);
                                        refresh();
                                    })
                            .open()));
        }
        return article;
    }

    /**
     * A short visible text, and an accessible name that says which comment the button acts on
     * ("Auf den Kommentar von Anna vom 03.09.2018, 10:15 antworten"): twenty buttons all called
     * "Antworten" tell a screen reader user nothing (WCAG 2.4.6, 4.1.2).
     */
    private Button action(String key, String id, CommentNode node, Runnable onClick) {
        Button button = new Button(getTranslation(key), click -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setId(id);
        button.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                key + ".of",
                                AuthorNames.of(this, node.authorName()),
                                Formats.dateTime(node.createdAt(), getLocale())));
        return button;
    }

    private static void openForm(Div slot, Component form) {
        slot.removeAll();
        slot.add(form);
        if (form instanceof CommentForm commentForm) {
            commentForm.focus();
        }
    }

    private void confirmDelete(CommentNode node) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("comment.delete.header"));
        dialog.setText(getTranslation("comment.delete.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("comment.delete.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            try {
                comments.delete(node.id());
                refresh();
            } catch (RuntimeException failure) {
                UserMessages.showFailure(failure);
            }
        });
        dialog.open();
    }
}
