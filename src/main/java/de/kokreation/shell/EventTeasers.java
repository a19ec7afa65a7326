package de.kokreation.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.kokreation.shared.EventTeaser;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The events of a consultation or a plan on its page: each with its kind, time and place, the
 * calendar feed to subscribe to, and for organisers the way to plan one.
 */
public class EventTeasers extends Section {

    /** {@code planningLink} is {@code null} for a visitor who may not plan events here. */
    public EventTeasers(
            String id,
            String headingKey,
            List<EventTeaser> teasers,
            String calendarLink,
            @Nullable String planningLink) {
        setId(id);
        add(new H2(getTranslation(headingKey)));
        if (teasers.isEmpty()) {
            add(new Paragraph(getTranslation("meeting.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("kk-link-list");
            for (EventTeaser teaser : teasers) {
                Span when = new Span(getTranslation(teaser.kindKey()) + " · "
                        + Formats.span(teaser.startsAt(), teaser.endsAt(), getLocale())
                        + (teaser.place() == null ? "" : " · " + teaser.place())
                        + (teaser.cancelled() ? " · " + getTranslation("meeting.cancelled") : ""));
                when.addClassName("kk-meta");
                list.add(new ListItem(new Anchor(teaser.link(), teaser.title()), new Div(when)));
            }
            add(list);
        }
        Anchor calendar = new Anchor(calendarLink, getTranslation("meeting.subscribe"));
        calendar.setRouterIgnore(true);
        calendar.setId(id + "-calendar");
        Div links = new Div(calendar);
        links.addClassName("kk-form-buttons");
        if (planningLink != null) {
            Anchor plan = new Anchor(planningLink, getTranslation("meeting.plan"));
            plan.setId(id + "-plan");
            links.add(plan);
        }
        add(links);
    }
}
