package de.kokreation.consultation.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import de.kokreation.consultation.Phase;
import de.kokreation.consultation.Timeline;
import de.kokreation.shell.Formats;
import java.util.List;
import java.util.Locale;

/** The timeline of a consultation as an ordered list; the running phase is marked for everyone. */
class TimelineList extends OrderedList {

    TimelineList(List<Timeline.PhaseSpan> spans, Phase current, Locale locale) {
        addClassName("kk-timeline");
        getElement().setAttribute("aria-label", getTranslation("consultation.timeline"));
        for (Timeline.PhaseSpan span : spans) {
            Span name = new Span(getTranslation(span.phase().messageKey()));
            name.addClassName("kk-timeline-phase");
            String dates = span.phase() == Phase.CLOSED
                    ? getTranslation("consultation.timeline.from", Formats.date(span.start(), locale))
                    : getTranslation(
                            "consultation.timeline.range",
                            Formats.date(span.start(), locale),
                            Formats.date(span.end(), locale));
            Span when = new Span(dates);
            when.addClassName("kk-timeline-dates");
            ListItem item = new ListItem(name, when);
            if (span.phase() == current) {
                item.addClassName("kk-timeline-current");
                item.getElement().setAttribute("aria-current", "step");
                Span marker = new Span(getTranslation("consultation.timeline.now"));
                marker.addClassName("kk-timeline-now");
                item.add(marker);
            } else if (span.phase().ordinal() < current.ordinal()) {
                item.addClassName("kk-timeline-past");
            }
            add(item);
        }
    }
}
