package de.kokreation.meeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import de.kokreation.meeting.MinutesVersion;
import de.kokreation.shell.Formats;
import de.kokreation.shell.Html5;

/** One version of a meeting's minutes: who was there, what was decided, the minutes. */
class MinutesPanel extends Div {

    MinutesPanel(MinutesVersion minutes) {
        addClassName("kk-minutes");
        Paragraph meta = new Paragraph(getTranslation(
                "minutes.version",
                minutes.version(),
                Formats.dateTime(minutes.writtenAt(), getLocale()),
                minutes.writtenBy().isBlank() ? getTranslation("account.deletedName") : minutes.writtenBy()));
        meta.addClassName("kk-meta");
        add(meta);
        if (minutes.attendance() != null) {
            Paragraph attendance = new Paragraph(getTranslation("minutes.attendance", minutes.attendance()));
            attendance.addClassName("kk-minutes-attendance");
            add(attendance);
        }
        if (!minutes.organisations().isEmpty()) {
            UnorderedList organisations = new UnorderedList();
            minutes.organisations().forEach(name -> organisations.add(new ListItem(name)));
            add(new H3(getTranslation("minutes.organisations")), organisations);
        }
        if (!minutes.decisionsSource().isBlank()) {
            add(new H3(getTranslation("minutes.decisions")), Html5.sanitizedHtml(minutes.decisionsHtml()));
        }
        add(new H3(getTranslation("minutes.text")), Html5.sanitizedHtml(minutes.minutesHtml()));
    }
}
