package de.kokreation.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.kokreation.proposal.SimilarProposals;
import de.kokreation.shared.Permalinks;
import java.util.List;

/**
 * Proposals that ask for what the person is writing, below the text while they write: each with
 * its theme group, support and response, and the invitation to support or comment on one of them
 * instead. Never in the way of submitting. A polite status tells screen readers how many there
 * are, once per change of the set, not on every keystroke; the list itself is links in the tab
 * order.
 */
class SimilarProposalHints extends Div {

    private final Div status = new Div();
    private final Div content = new Div();
    private List<Long> shown = List.of();

    SimilarProposalHints() {
        setId("similar-proposals");
        addClassName("kk-similar");
        status.setId("similar-proposals-status");
        status.addClassName("kk-visually-hidden");
        status.getElement().setAttribute("role", "status");
        add(status, content);
        content.setVisible(false);
    }

    /** Shows these proposals; announces their number when the set changed. */
    void show(List<SimilarProposals.Hint> hints) {
        List<Long> ids = hints.stream().map(SimilarProposals.Hint::proposalId).toList();
        if (ids.equals(shown)) {
            return;
        }
        shown = ids;
        content.removeAll();
        content.setVisible(!hints.isEmpty());
        status.setText(hints.isEmpty() ? "" : getTranslation("proposal.similar.status", hints.size()));
        if (hints.isEmpty()) {
            return;
        }
        H2 heading = new H2(getTranslation("proposal.similar.heading"));
        heading.setId("similar-proposals-heading");
        Paragraph invitation = new Paragraph(getTranslation("proposal.similar.invitation"));
        invitation.addClassName("kk-hint");
        UnorderedList list = new UnorderedList();
        list.addClassName("kk-similar-list");
        for (SimilarProposals.Hint hint : hints) {
            Anchor link = new Anchor(Permalinks.proposal(hint.proposalId()), hint.title());
            link.addClassName("kk-similar-title");
            Span group = new Span(
                    hint.otherThemeGroup()
                            ? getTranslation("proposal.similar.otherGroup", hint.themeGroupName())
                            : hint.themeGroupName());
            Span support = new Span(getTranslation("proposal.similar.support", hint.support()));
            Span outcome = new Span(
                    hint.outcome() == null
                            ? getTranslation("proposals.outcome.open")
                            : getTranslation(hint.outcome().messageKey()));
            Div meta = new Div(group, support, outcome);
            meta.addClassName("kk-similar-meta");
            list.add(new ListItem(link, meta));
        }
        content.add(heading, invitation, list);
    }
}
