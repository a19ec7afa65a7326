package de.kokreation.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import de.kokreation.moderation.ContentModerated;
import de.kokreation.moderation.ContentModeration;
import de.kokreation.moderation.FlagService;
import de.kokreation.moderation.ModerationLimits;
import de.kokreation.proposal.CommentService;
import de.kokreation.proposal.CommitmentLinks;
import de.kokreation.proposal.ImplementationLinks;
import de.kokreation.proposal.ProposalDetails;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ProposalSources;
import de.kokreation.proposal.ResponseService;
import de.kokreation.proposal.VoteService;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.Confirmations;
import de.kokreation.shell.Formats;
import de.kokreation.shell.Html5;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.ReasonDialog;
import de.kokreation.shell.UserMessages;
import de.kokreation.voting.ui.VotePanel;

/** A proposal with its text, its votes and its comment thread. */
@Route(value = Permalinks.PROPOSALS + "/:id", layout = MainLayout.class)
@AnonymousAllowed
public class ProposalView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final VoteService votes;
    private final CommentService comments;
    private final CurrentUser currentUser;
    private final FlagService flags;
    private final ContentModeration moderation;
    private final ResponseService responses;
    private final CommitmentLinks commitmentLinks;
    private final ImplementationLinks implementationLinks;
    private String pageTitle = "";

    public ProposalView(
            ProposalService proposals,
            VoteService votes,
            CommentService comments,
            CurrentUser currentUser,
            FlagService flags,
            ContentModeration moderation,
            ResponseService responses,
            CommitmentLinks commitmentLinks,
            ImplementationLinks implementationLinks) {
        this.implementationLinks = implementationLinks;
        this.commitmentLinks = commitmentLinks;
        this.responses = responses;
        this.flags = flags;
        this.moderation = moderation;
        this.proposals = proposals;
        this.votes = votes;
        this.comments = comments;
        this.currentUser = currentUser;
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = parseId(event.getRouteParameters().get("id").orElse(""));
        ProposalDetails proposal = proposals.getProposal(id);
        pageTitle = proposal.title();
        boolean loggedIn = currentUser.find().isPresent();
        boolean collecting = proposal.themeGroup().currentPhase().allowsProposalComments();

        removeAll();
        var group = proposal.themeGroup();
        add(new Breadcrumbs()
                .link(group.consultationTitle(), Permalinks.consultation(group.consultationSlug()))
                .link(group.name(), Permalinks.themeGroup(group.consultationSlug(), group.slug())));

        Div meta = new Div();
        if (proposal.source() == null) {
            meta.add(new Span(AuthorNames.byLine(this, proposal.authorName(), null)));
        } else {
            Anchor source = new Anchor(proposal.source().link(), AuthorNames.fromMeeting(this, proposal.source()));
            source.setId("proposal-source");
            meta.add(source);
        }
        meta.add(Html5.time(proposal.createdAt(), getLocale()));
        if (proposal.updatedAt().isAfter(proposal.createdAt().plusSeconds(60))) {
            meta.add(new Span(
                    getTranslation("proposal.updatedOn", Formats.dateTime(proposal.updatedAt(), getLocale()))));
        }
        meta.addClassName("kk-meta");
        Article article;
        if (proposal.hiddenReason() != null) {
            Paragraph hidden = new Paragraph(getTranslation("moderation.hiddenBecause", proposal.hiddenReason()));
            hidden.addClassName("kk-callout");
            hidden.setId("proposal-hidden");
            article = new Article(new H1(getTranslation("moderation.hiddenTitle")), meta, hidden);
            pageTitle = getTranslation("moderation.hiddenTitle");
            if (proposal.mayModerate()) {
                // The moderators read what they hid before they decide to restore it.
                Div original = new Div(
                        new H2(getTranslation("moderation.hiddenOriginal")),
                        new H3(proposal.title()),
                        Html5.sanitizedHtml(proposal.bodyHtml()));
                original.addClassName("kk-hidden-original");
                original.setId("proposal-hidden-original");
                article.add(original);
            }
        } else {
            article = new Article(new H1(proposal.title()), meta, Html5.sanitizedHtml(proposal.bodyHtml()));
        }
        article.addClassName("kk-proposal");
        if (proposal.duplicateOfId() != null) {
            Paragraph duplicate = new Paragraph(
                    new Span(getTranslation("moderation.duplicateOf") + " "),
                    new Anchor(
                            Permalinks.proposal(proposal.duplicateOfId()),
                            proposal.duplicateOfTitle() == null
                                    ? "#" + proposal.duplicateOfId()
                                    : proposal.duplicateOfTitle()));
            duplicate.addClassName("kk-callout");
            duplicate.setId("proposal-duplicate");
            article.add(duplicate);
        }
        if (!proposal.duplicates().isEmpty()) {
            Paragraph duplicates = new Paragraph(new Span(getTranslation("proposal.duplicates") + " "));
            for (int i = 0; i < proposal.duplicates().size(); i++) {
                ProposalDetails.Duplicate each = proposal.duplicates().get(i);
                if (i > 0) {
                    duplicates.add(new Span(", "));
                }
                duplicates.add(new Anchor(Permalinks.proposal(each.id()), each.title()));
            }
            duplicates.addClassName("kk-callout");
            duplicates.setId("proposal-duplicates");
            article.add(duplicates);
        }
        Div actions = new Div();
        actions.addClassName("kk-form-buttons");
        boolean hidden = proposal.hiddenReason() != null;
        if (loggedIn
                && !hidden
                && currentUser.accountId().map(me -> me != proposal.authorId()).orElse(false)) {
            Button flag = new Button(
                    getTranslation("flag.actionProposal"),
                    click -> new FlagDialog(flags, ContentModerated.TargetType.PROPOSAL, proposal.id()).open());
            flag.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            flag.setId("flag-proposal");
            actions.add(flag);
        }
        if (proposal.mayModerate()) {
            if (proposal.hiddenReason() == null) {
                Button hide = new Button(
                        getTranslation("moderation.hideProposalAction") + " …",
                        click -> new ReasonDialog(
                                        getTranslation("moderation.hideProposal"),
                                        ModerationLimits.REASON_MAX,
                                        reason -> {
                                            moderation.hideProposal(proposal.id(), reason);
                                            UI.getCurrent().refreshCurrentRoute(false);
                                            UserMessages.showSuccess(getTranslation("moderation.applied", 1));
                                        })
                                .open());
                hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                hide.setId("hide-proposal");
                actions.add(hide);
            } else {
                Button restore = new Button(
                        getTranslation("moderation.restore"),
                        click -> Confirmations.doAndReport(
                                () -> moderation.restoreProposal(proposal.id()),
                                getTranslation("moderation.applied", 1)));
                restore.setId("restore-proposal");
                actions.add(restore);
            }
        }
        article.add(actions);
        if (proposal.mayEdit()) {
            Anchor edit = new Anchor(EditProposalView.path(proposal.id()), getTranslation("proposal.edit"));
            edit.setId("edit-proposal");
            edit.addClassName("kk-button-link-secondary");
            article.add(edit);
        }
        add(article, new ResponsePanel(responses, commitmentLinks, implementationLinks, proposal));
        // Hidden means closed for participation: no votes, no comments, and the thread is not shown.
        if (!hidden) {
            add(
                    new VotePanel(
                            direction -> direction == null
                                    ? votes.withdraw(proposal.id())
                                    : votes.cast(proposal.id(), direction),
                            new VotePanel.Texts("vote.heading", "vote.closed", Permalinks.proposal(proposal.id())),
                            proposal.tally(),
                            proposal.themeGroup().currentPhase().allowsProposalVotes(),
                            loggedIn),
                    roomVotes(proposal),
                    new CommentThread(comments, flags, moderation, id, loggedIn, collecting, proposal.mayModerate()));
        }
    }

    /**
     * The votes of rooms, beside the online votes and never added to them: the dots stuck on the
     * card at a workshop, the live vote on phones.
     */
    private Component roomVotes(ProposalDetails proposal) {
        Section section = new Section();
        section.setId("proposal-room-votes");
        if (proposal.roomVotes().isEmpty()) {
            section.setVisible(false);
            return section;
        }
        section.add(new H2(getTranslation("proposal.roomVotes")));
        section.add(new Paragraph(getTranslation("proposal.roomVotes.apart")));
        UnorderedList list = new UnorderedList();
        list.addClassName("kk-link-list");
        for (ProposalSources.RoomVotes room : proposal.roomVotes()) {
            ListItem item = new ListItem(
                    new Anchor(room.meeting().link(), room.meeting().title()));
            if (room.dots() != null) {
                item.add(new Span(" · " + getTranslation("proposal.roomVotes.dots", room.dots())));
            }
            if (room.liveFor() + room.liveAgainst() > 0) {
                item.add(new Span(
                        " · " + getTranslation("proposal.roomVotes.live", room.liveFor(), room.liveAgainst())));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException notANumber) {
            throw new NotFoundException("proposal.error.notFound", value);
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " – " + getTranslation("app.name");
    }
}
