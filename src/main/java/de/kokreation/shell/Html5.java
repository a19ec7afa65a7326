package de.kokreation.shell;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import java.time.Instant;
import java.util.Locale;

/** Small semantic HTML elements that Vaadin has no class for. */
public final class Html5 {

    private Html5() {}

    /** Rich text that was sanitized on the server when it was saved. */
    public static Html sanitizedHtml(String html) {
        Html content = new Html("<div class=\"kk-rich-text\">" + html + "</div>");
        return content;
    }

    /** A {@code <time>} element: readable text, machine-readable attribute. */
    public static Time time(Instant instant, Locale locale) {
        Time time = new Time();
        time.setText(Formats.dateTime(instant, locale));
        time.getElement().setAttribute("datetime", Formats.iso(instant));
        return time;
    }

    @Tag("time")
    public static class Time extends HtmlContainer {}
}
