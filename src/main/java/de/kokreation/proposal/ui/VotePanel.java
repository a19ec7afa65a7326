package de.kokreation.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import de.kokreation.proposal.ProposalDetails;
import de.kokreation.proposal.VoteDirection;
import de.kokreation.proposal.VoteService;
import de.kokreation.proposal.VoteTally;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.UserMessages;
import org.jspecify.annotations.Nullable;

/**
 * The counts and, where allowed, the buttons to vote for or against, or to withdraw one's vote.
 * The buttons are toggle buttons: {@code aria-pressed} tells the current vote.
 */
class VotePanel extends Section {

    private final VoteService votes;
    private final long proposalId;
    private final boolean loggedIn;
    private final boolean votingOpen;
    private final Span status = new Span();
    private final Div controls = new Div();

    VotePanel(VoteService votes, ProposalDetails proposal, boolean loggedIn) {
        this.votes = votes;
        this.proposalId = proposal.id();
        this.loggedIn = loggedIn;
        this.votingOpen = proposal.themeGroup().currentPhase().allowsProposalVotes();
        addClassName("kk-vote-panel");
        H2 heading = new H2(getTranslation("vote.heading"));
        heading.setId("vote-heading");
        getElement().setAttribute("aria-labelledby", "vote-heading");
        status.setId("vote-status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("kk-vote-status");
        controls.addClassName("kk-vote-controls");
        add(heading, controls, status);
        render(proposal.tally());
    }

    private void render(VoteTally tally) {
        controls.removeAll();
        if (votingOpen && loggedIn) {
            controls.add(voteButton(VoteDirection.FOR, tally), voteButton(VoteDirection.AGAINST, tally));
            if (tally.myVote() != null) {
                Button withdraw = new Button(
                        getTranslation("vote.withdraw"), click -> apply(votes.withdraw(proposalId), "vote-for"));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                withdraw.setId("vote-withdraw");
                controls.add(withdraw);
            }
        } else {
            Span forCount = new Span(getTranslation("proposal.votesFor", tally.votesFor()));
            forCount.addClassName("kk-figure-for");
            forCount.setId("votes-for");
            Span againstCount = new Span(getTranslation("proposal.votesAgainst", tally.votesAgainst()));
            againstCount.addClassName("kk-figure-against");
            againstCount.setId("votes-against");
            controls.add(forCount, againstCount);
            if (!votingOpen) {
                controls.add(new Paragraph(getTranslation("vote.closed")));
            } else {
                Anchor login = new Anchor(
                        Permalinks.joinAndReturnTo(Permalinks.proposal(proposalId)),
                        getTranslation("vote.loginToVote"));
                login.setId("login-to-vote");
                controls.add(new Paragraph(login));
            }
        }
        status.setText(describe(tally.myVote()));
    }

    private Button voteButton(VoteDirection direction, VoteTally tally) {
        boolean pressed = direction == tally.myVote();
        int count = direction == VoteDirection.FOR ? tally.votesFor() : tally.votesAgainst();
        String key = direction == VoteDirection.FOR ? "vote.for" : "vote.against";
        String id = direction == VoteDirection.FOR ? "vote-for" : "vote-against";
        Button button = new Button(getTranslation(key, count), click -> {
            try {
                apply(pressed ? votes.withdraw(proposalId) : votes.cast(proposalId, direction), id);
            } catch (RuntimeException failure) {
                UserMessages.showFailure(failure);
            }
        });
        button.setId(id);
        button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
        button.addClassName(direction == VoteDirection.FOR ? "kk-vote-for" : "kk-vote-against");
        if (pressed) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** Shows the new tally and keeps the keyboard focus on the button the user pressed. */
    private void apply(VoteTally tally, String focusId) {
        render(tally);
        controls.getChildren()
                .filter(child -> child instanceof Button
                        && child.getId().filter(focusId::equals).isPresent())
                .findFirst()
                .ifPresent(button -> ((Button) button).focus());
    }

    private String describe(@Nullable VoteDirection myVote) {
        if (!loggedIn || (myVote == null && !votingOpen)) {
            return "";
        }
        if (myVote == null) {
            return getTranslation("vote.status.none");
        }
        return getTranslation(myVote == VoteDirection.FOR ? "vote.status.for" : "vote.status.against");
    }
}
