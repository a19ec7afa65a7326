package de.kokreation.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.kokreation.meeting.RoomState;

/**
 * A live result as text (what screen readers read) and as two bars (drawn for the eye only, their
 * width the share of the votes).
 */
class RoomResult extends Div {

    RoomResult(RoomState.Poll poll) {
        addClassName("kk-room-result");
        int total = poll.total();
        Paragraph text = new Paragraph(getTranslation("room.result", poll.votesFor(), poll.votesAgainst(), total));
        text.addClassName("kk-room-result-text");
        add(
                text,
                bar("kk-room-bar-for", poll.votesFor(), total),
                bar("kk-room-bar-against", poll.votesAgainst(), total));
    }

    private static Div bar(String className, int votes, int total) {
        Span fill = new Span();
        fill.addClassName("kk-room-bar-fill");
        fill.getStyle().set("width", (total == 0 ? 0 : Math.round(100.0 * votes / total)) + "%");
        Div bar = new Div(fill);
        bar.addClassNames("kk-room-bar", className);
        bar.getElement().setAttribute("aria-hidden", "true");
        return bar;
    }
}
