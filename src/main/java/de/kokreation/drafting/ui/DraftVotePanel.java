package de.kokreation.drafting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import de.kokreation.drafting.DraftDetails;
import de.kokreation.drafting.DraftParticipation;
import de.kokreation.proposal.VoteDirection;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.UserMessages;
import org.jspecify.annotations.Nullable;

/**
 * Support or rejection of a draft: toggle buttons whose {@code aria-pressed} tells the current
 * vote, open while the draft-commenting phase runs; the counts otherwise.
 */
class DraftVotePanel extends Section {

    private final DraftParticipation participation;
    private final long draftId;
    private final boolean open;
    private final boolean loggedIn;
    private final Div controls = new Div();
    private final Span status = new Span();

    DraftVotePanel(DraftParticipation participation, DraftDetails draft, boolean loggedIn) {
        this.participation = participation;
        this.draftId = draft.id();
        this.open = draft.mayParticipate();
        this.loggedIn = loggedIn;
        addClassName("kk-vote-panel");
        H2 heading = new H2(getTranslation("draft.vote.heading"));
        heading.setId("vote-heading");
        getElement().setAttribute("aria-labelledby", "vote-heading");
        controls.addClassName("kk-vote-controls");
        status.setId("vote-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(heading, controls, status);
        render(new DraftParticipation.Tally(draft.votesFor(), draft.votesAgainst(), draft.myVote()), null);
    }

    private void render(DraftParticipation.Tally tally, @Nullable String focusId) {
        controls.removeAll();
        if (open && loggedIn) {
            Button supportButton = button(VoteDirection.FOR, tally, "vote-for");
            Button rejectButton = button(VoteDirection.AGAINST, tally, "vote-against");
            controls.add(supportButton, rejectButton);
            if ("vote-for".equals(focusId)) {
                supportButton.focus();
            } else if ("vote-against".equals(focusId)) {
                rejectButton.focus();
            }
            status.setText(getTranslation(
                    tally.myVote() == null
                            ? "vote.status.none"
                            : tally.myVote() == VoteDirection.FOR ? "vote.status.for" : "vote.status.against"));
            return;
        }
        Span forCount = new Span(getTranslation("proposal.votesFor", tally.votesFor()));
        forCount.setId("votes-for");
        Span againstCount = new Span(getTranslation("proposal.votesAgainst", tally.votesAgainst()));
        againstCount.setId("votes-against");
        controls.add(forCount, againstCount);
        if (open) {
            Anchor login = new Anchor(
                    Permalinks.joinAndReturnTo(Permalinks.draft(draftId)), getTranslation("vote.loginToVote"));
            login.setId("login-to-vote");
            controls.add(new Paragraph(login));
        } else {
            controls.add(new Paragraph(getTranslation("draft.vote.closed")));
        }
    }

    private Button button(VoteDirection direction, DraftParticipation.Tally tally, String id) {
        boolean pressed = direction == tally.myVote();
        int count = direction == VoteDirection.FOR ? tally.votesFor() : tally.votesAgainst();
        Button button = new Button(
                getTranslation(direction == VoteDirection.FOR ? "vote.for" : "vote.against", count), click -> {
                    try {
                        render(participation.vote(draftId, pressed ? null : direction), id);
                    } catch (RuntimeException refused) {
                        UserMessages.showFailure(refused);
                    }
                });
        button.setId(id);
        button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
        if (pressed) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
