package de.kokreation.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.account.CurrentUser;
import de.kokreation.proposal.CommentService;
import de.kokreation.proposal.ProposalDetails;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.VoteService;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Breadcrumbs;
import de.kokreation.shell.Html5;
import de.kokreation.shell.MainLayout;

/** A proposal with its text, its votes and its comment thread. */
@Route(value = Permalinks.PROPOSALS + "/:id", layout = MainLayout.class)
@AnonymousAllowed
public class ProposalView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProposalService proposals;
    private final VoteService votes;
    private final CommentService comments;
    private final CurrentUser currentUser;
    private String pageTitle = "";

    public ProposalView(ProposalService proposals, VoteService votes, CommentService comments,
            CurrentUser currentUser) {
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

        Span author = new Span(getTranslation("proposal.byAuthor", AuthorNames.of(this, proposal.authorName())));
        Div meta = new Div(author, Html5.time(proposal.createdAt(), getLocale()));
        if (proposal.updatedAt().isAfter(proposal.createdAt().plusSeconds(60))) {
            meta.add(new Span(getTranslation("proposal.updatedOn",
                    de.kokreation.shell.Formats.dateTime(proposal.updatedAt(), getLocale()))));
        }
        meta.addClassName("kk-meta");
        Article article = new Article(new H1(proposal.title()), meta, Html5.sanitizedHtml(proposal.bodyHtml()));
        article.addClassName("kk-proposal");
        if (proposal.mayEdit()) {
            Anchor edit = new Anchor(EditProposalView.path(proposal.id()), getTranslation("proposal.edit"));
            edit.setId("edit-proposal");
            edit.addClassName("kk-button-link-secondary");
            article.add(edit);
        }
        add(article, new VotePanel(votes, proposal, loggedIn), new CommentThread(comments, id, loggedIn, collecting));
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
