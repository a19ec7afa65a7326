package de.kokreation.drafting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.account.CurrentUser;
import de.kokreation.drafting.DraftDetails;
import de.kokreation.drafting.DraftLimits;
import de.kokreation.drafting.DraftLinking;
import de.kokreation.drafting.DraftParticipation;
import de.kokreation.drafting.DraftService;
import de.kokreation.drafting.DraftStatus;
import de.kokreation.proposal.ProposalStanding;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.Confirmations;
import de.kokreation.shell.Formats;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.ReasonDialog;
import de.kokreation.shell.UserMessages;
import de.kokreation.voting.VoteTally;
import de.kokreation.voting.ui.VotePanel;
import java.util.List;
import java.util.Locale;

/**
 * A draft commitment in the OGP template, with the proposals it grew from, and, while the
 * draft-commenting phase runs, votes and comments.
 */
@Route(value = Permalinks.DRAFTS + "/:id", layout = MainLayout.class)
@AnonymousAllowed
public class DraftView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final DraftLinking linking;
    private final DraftParticipation participation;
    private final CurrentUser currentUser;
    private String pageTitle = "";

    public DraftView(
            DraftService drafts, DraftLinking linking, DraftParticipation participation, CurrentUser currentUser) {
        this.drafts = drafts;
        this.linking = linking;
        this.participation = participation;
        this.currentUser = currentUser;
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = parseId(event.getRouteParameters().get("id").orElse(""));
        DraftDetails draft = drafts.get(id);
        pageTitle = draft.content().title();
        removeAll();
        var group = draft.themeGroup();
        add(new Breadcrumbs()
                .link(group.consultationTitle(), Permalinks.consultation(group.consultationSlug()))
                .link(getTranslation("draft.list.title"), Permalinks.consultationDrafts(group.consultationSlug())));

        Span status = new Span(getTranslation(draft.status().messageKey()));
        status.addClassNames("kk-badge", "kk-draft-" + draft.status().name().toLowerCase(Locale.ROOT));
        status.setId("draft-status");
        Div meta = new Div(
                status,
                new Span(
                        draft.version() == 0
                                ? getTranslation(
                                        "draft.meta.new",
                                        group.name(),
                                        Formats.dateTime(draft.updatedAt(), getLocale()))
                                : getTranslation(
                                        "draft.meta",
                                        group.name(),
                                        draft.version(),
                                        Formats.dateTime(draft.updatedAt(), getLocale()))));
        meta.addClassName("kk-meta");
        Anchor history = new Anchor(DraftHistoryView.path(id), getTranslation("draft.history.link"));
        history.setId("draft-history");
        meta.add(history);
        Article article = new Article(new H1(draft.content().title()), meta);
        article.addClassName("kk-proposal");
        if (draft.status() == DraftStatus.WITHDRAWN && draft.statusReason() != null) {
            Paragraph withdrawn = new Paragraph(getTranslation("draft.withdrawnBecause", draft.statusReason()));
            withdrawn.addClassName("kk-callout");
            withdrawn.setId("draft-withdrawn");
            article.add(withdrawn);
        }
        if (draft.mayEdit()
                && (draft.status() == DraftStatus.IN_PREPARATION
                        || !group.currentPhase().showsDrafts())) {
            Paragraph notPublic = new Paragraph(getTranslation("draft.notYetPublic"));
            notPublic.addClassName("kk-hint");
            notPublic.setId("draft-not-public");
            article.add(notPublic);
        }
        article.add(actions(draft));
        article.add(new DraftTemplateTable(draft.content(), getLocale()));
        add(article, proposals(id));
        add(new VotePanel(
                direction -> participation.vote(draft.id(), direction),
                new VotePanel.Texts("draft.vote.heading", "draft.vote.closed", Permalinks.draft(draft.id())),
                new VoteTally(draft.votesFor(), draft.votesAgainst(), draft.myVote()),
                draft.mayParticipate(),
                currentUser.find().isPresent()));
        add(new DraftComments(participation, draft, currentUser.find().isPresent(), draft.mayModerate()));
    }

    private Div actions(DraftDetails draft) {
        Div actions = new Div();
        actions.addClassName("kk-form-buttons");
        if (draft.mayEdit()) {
            Anchor edit = new Anchor(DraftEditorView.path(draft.id()), getTranslation("draft.edit"));
            edit.addClassName("kk-button-link");
            edit.setId("draft-edit");
            actions.add(edit);
            if (draft.status() == DraftStatus.IN_PREPARATION) {
                Button publish = new Button(
                        getTranslation("draft.publish") + " …",
                        click -> Confirmations.askThenDo(
                                getTranslation("draft.publish.header"),
                                getTranslation(
                                        "draft.publish.text", draft.content().title()),
                                getTranslation("draft.publish"),
                                () -> drafts.publish(draft.id()),
                                getTranslation("draft.published")));
                publish.setId("draft-publish");
                actions.add(publish);
            }
            Button withdraw = new Button(
                    getTranslation("draft.withdraw") + " …",
                    click -> new ReasonDialog(
                                    getTranslation("draft.withdraw"),
                                    getTranslation("draft.withdraw"),
                                    DraftLimits.REASON_MAX,
                                    reason -> {
                                        drafts.withdraw(draft.id(), reason);
                                        UI.getCurrent().refreshCurrentRoute(false);
                                        UserMessages.showSuccess(getTranslation("draft.withdrawn"));
                                    })
                            .open());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            withdraw.setId("draft-withdraw");
            actions.add(withdraw);
        }
        if (draft.mayMakeFinal()) {
            Button makeFinal = new Button(
                    getTranslation("draft.makeFinal") + " …",
                    click -> Confirmations.askThenDo(
                            getTranslation("draft.makeFinal.header"),
                            getTranslation(
                                    "draft.makeFinal.text", draft.content().title()),
                            getTranslation("draft.makeFinal"),
                            () -> drafts.makeFinal(draft.id()),
                            getTranslation("draft.madeFinal")));
            makeFinal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            makeFinal.setId("draft-make-final");
            actions.add(makeFinal);
        }
        return actions;
    }

    private Section proposals(long draftId) {
        Section section = new Section();
        section.setId("draft-proposals");
        H2 heading = new H2(getTranslation("draft.proposals.heading"));
        heading.setId("draft-proposals-heading");
        section.getElement().setAttribute("aria-labelledby", "draft-proposals-heading");
        section.add(heading);
        List<ProposalStanding> linked = linking.linkedProposals(draftId);
        if (linked.isEmpty()) {
            section.add(new Paragraph(getTranslation("draft.proposals.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("kk-link-list");
        for (ProposalStanding proposal : linked) {
            ListItem item = new ListItem();
            item.add(
                    proposal.hidden()
                            ? new Span(getTranslation("moderation.hiddenTitle"))
                            : new Anchor(Permalinks.proposal(proposal.id()), proposal.title()));
            String figures = getTranslation("proposal.votesFor", proposal.votesFor());
            if (proposal.outcome() != null) {
                figures += " · " + getTranslation(proposal.outcome().messageKey());
            }
            Span meta = new Span(figures);
            meta.addClassName("kk-meta");
            item.add(meta);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException("draft.error.notFound", value);
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " – " + getTranslation("app.name");
    }
}
