package de.kokreation.voting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.UserMessages;
import de.kokreation.voting.VoteDirection;
import de.kokreation.voting.VoteTally;
import org.jspecify.annotations.Nullable;

/**
 * The counts and, where allowed, the buttons to vote for or against, or to withdraw one's vote,
 * for anything people vote on. The buttons are toggle buttons: {@code aria-pressed} tells the
 * current vote, and pressing the pressed one withdraws it.
 */
public class VotePanel extends Section {

    /** Casts, changes or (for null) withdraws the current user's vote; answers the new counts. */
    @FunctionalInterface
    public interface Ballot {
        VoteTally vote(@Nullable VoteDirection direction);
    }

    /**
     * What the panel says and where it sends people.
     *
     * @param headingKey the key of the panel's heading
     * @param closedKey the key of the note shown when voting is over (or has not begun)
     * @param permalink where a guest returns after logging in to vote
     */
    public record Texts(String headingKey, String closedKey, String permalink) {}

    private final Ballot ballot;
    private final Texts texts;
    private final boolean loggedIn;
    private final boolean votingOpen;
    private final Span status = new Span();
    private final Div controls = new Div();

    public VotePanel(Ballot ballot, Texts texts, VoteTally tally, boolean votingOpen, boolean loggedIn) {
        this.ballot = ballot;
        this.texts = texts;
        this.loggedIn = loggedIn;
        this.votingOpen = votingOpen;
        addClassName("kk-vote-panel");
        H2 heading = new H2(getTranslation(texts.headingKey()));
        heading.setId("vote-heading");
        getElement().setAttribute("aria-labelledby", "vote-heading");
        status.setId("vote-status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("kk-vote-status");
        controls.addClassName("kk-vote-controls");
        add(heading, controls, status);
        render(tally);
    }

    private void render(VoteTally tally) {
        controls.removeAll();
        if (votingOpen && loggedIn) {
            controls.add(voteButton(VoteDirection.FOR, tally), voteButton(VoteDirection.AGAINST, tally));
            if (tally.myVote() != null) {
                Button withdraw = new Button(getTranslation("vote.withdraw"), click -> vote(null, "vote-for"));
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
                controls.add(new Paragraph(getTranslation(texts.closedKey())));
            } else {
                Anchor login =
                        new Anchor(Permalinks.joinAndReturnTo(texts.permalink()), getTranslation("vote.loginToVote"));
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
        Button button = new Button(getTranslation(key, count), click -> vote(pressed ? null : direction, id));
        button.setId(id);
        button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
        button.addClassName(direction == VoteDirection.FOR ? "kk-vote-for" : "kk-vote-against");
        if (pressed) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /** Votes, shows the new tally and keeps the keyboard focus on the button the user pressed. */
    private void vote(@Nullable VoteDirection direction, String focusId) {
        VoteTally tally;
        try {
            tally = ballot.vote(direction);
        } catch (RuntimeException refused) {
            UserMessages.showFailure(refused);
            return;
        }
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
