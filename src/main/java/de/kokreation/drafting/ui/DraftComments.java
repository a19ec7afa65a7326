package de.kokreation.drafting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import de.kokreation.drafting.DraftComment;
import de.kokreation.drafting.DraftDetails;
import de.kokreation.drafting.DraftLimits;
import de.kokreation.drafting.DraftParticipation;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.BrowserDrafts;
import de.kokreation.shell.Html5;
import de.kokreation.shell.ReasonDialog;
import de.kokreation.shell.UserMessages;
import java.util.List;

/** The comments on a draft, oldest first; a form while the draft-commenting phase runs. */
class DraftComments extends Section {

    private final DraftParticipation participation;
    private final long draftId;
    private final boolean moderator;
    private final H2 heading = new H2();
    private final UnorderedList list = new UnorderedList();

    DraftComments(DraftParticipation participation, DraftDetails draft, boolean loggedIn, boolean moderator) {
        this.participation = participation;
        this.draftId = draft.id();
        this.moderator = moderator;
        addClassName("kk-comments");
        heading.setId("comments-heading");
        getElement().setAttribute("aria-labelledby", "comments-heading");
        add(heading);
        if (draft.mayParticipate() && loggedIn) {
            add(form());
        } else if (draft.mayParticipate()) {
            Anchor login = new Anchor(
                    Permalinks.joinAndReturnTo(Permalinks.draft(draftId)), getTranslation("comment.loginToComment"));
            login.setId("login-to-comment");
            add(new Paragraph(login));
        } else {
            add(new Paragraph(getTranslation("draft.comments.closed")));
        }
        list.addClassName("kk-thread");
        add(list);
        refresh();
    }

    private Div form() {
        TextArea text = new TextArea(getTranslation("comment.new.label"));
        text.setMaxLength(DraftLimits.COMMENT_MAX);
        text.setWidthFull();
        text.setId("comment-text");
        String storageKey = "draft-comment." + draftId;
        BrowserDrafts.keep(text, storageKey);
        Button submit = new Button(getTranslation("comment.new.submit"), click -> {
            try {
                participation.comment(draftId, text.getValue());
                text.clear();
                text.setInvalid(false);
                BrowserDrafts.forget(this, storageKey);
                UserMessages.showSuccess(getTranslation("comment.posted"));
                refresh();
            } catch (DomainException refused) {
                text.setInvalid(true);
                text.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), refused));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("comment-submit");
        Div form = new Div(text, submit);
        form.addClassName("kk-comment-form");
        return form;
    }

    private void refresh() {
        List<DraftComment> comments = participation.comments(draftId);
        heading.setText(getTranslation("comment.heading", comments.size()));
        list.removeAll();
        for (DraftComment comment : comments) {
            ListItem item = new ListItem();
            item.addClassName("kk-comment");
            item.setId("comment-" + comment.id());
            Span author = new Span(
                    comment.authorName().isBlank() ? getTranslation("account.deletedName") : comment.authorName());
            author.addClassName("kk-comment-author");
            Div meta = new Div(author, new Span(" · "), Html5.time(comment.createdAt(), getLocale()));
            meta.addClassName("kk-meta");
            item.add(meta);
            if (comment.hiddenReason() != null) {
                Paragraph hidden = new Paragraph(getTranslation("moderation.hiddenBecause", comment.hiddenReason()));
                hidden.addClassName("kk-comment-deleted");
                item.add(hidden);
            } else {
                Paragraph body = new Paragraph(comment.body());
                body.addClassName("kk-comment-body");
                item.add(body);
                if (moderator) {
                    Button hide = new Button(
                            getTranslation("moderation.hide") + " …",
                            click -> new ReasonDialog(
                                            getTranslation("moderation.hideComment"),
                                            DraftLimits.REASON_MAX,
                                            reason -> {
                                                participation.hideComment(comment.id(), reason);
                                                refresh();
                                            })
                                    .open());
                    hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                    hide.setAriaLabel(getTranslation("moderation.hideCommentBy", comment.authorName()));
                    item.add(hide);
                }
            }
            list.add(item);
        }
    }
}
