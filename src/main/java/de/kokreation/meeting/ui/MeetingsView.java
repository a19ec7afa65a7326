package de.kokreation.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.meeting.ForumRecord;
import de.kokreation.meeting.MeetingService;
import de.kokreation.meeting.MeetingSummary;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.DataTables;
import de.kokreation.shell.Formats;
import de.kokreation.shell.Html5;
import de.kokreation.shell.MainLayout;
import java.util.List;

/**
 * The calendar: the meetings to come (of every consultation and of the forum), then the recent
 * past, with the calendar feeds to subscribe to.
 */
@Route(value = Permalinks.MEETINGS, layout = MainLayout.class)
@AnonymousAllowed
public class MeetingsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;

    public MeetingsView(MeetingService meetings) {
        this.meetings = meetings;
        addClassName("kk-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("meeting.calendar")));
        add(list("meetings-coming", "meeting.coming", meetings.coming(0)));
        add(list("meetings-past", "meeting.past", meetings.past(0)));
        add(forum(meetings.forumRecord()));
        Anchor all = new Anchor(Permalinks.forumCalendar(), getTranslation("meeting.subscribeForum"));
        all.setRouterIgnore(true);
        Div links = new Div(all);
        links.addClassName("kk-form-buttons");
        if (meetings.mayCreate(null)) {
            Anchor plan = new Anchor(
                    Permalinks.meetings() + "/" + Permalinks.NEW_MEETING, getTranslation("meeting.planForum"));
            plan.setId("meetings-plan-forum");
            links.add(plan);
        }
        add(links);
    }

    /** The forum's meetings over time: whether it met at least every six months, with its minutes. */
    private Component forum(ForumRecord record) {
        Section section = new Section(new H2(getTranslation("meeting.forumRecord")));
        section.setId("forum-record");
        section.add(new Paragraph(getTranslation("meeting.forumRecord.intro", ForumRecord.MAX_GAP_DAYS)));
        if (record.held().isEmpty()) {
            section.add(new Paragraph(getTranslation("meeting.forumRecord.none")));
            return section;
        }
        Paragraph verdict = new Paragraph(getTranslation(
                record.keepsTheMinimum() ? "meeting.forumRecord.kept" : "meeting.forumRecord.missed",
                record.held().size(),
                record.daysSinceLast() == null ? 0 : record.daysSinceLast()));
        verdict.addClassName("kk-callout");
        verdict.setId("forum-verdict");
        section.add(verdict);
        NativeTable table = DataTables.table(
                "forum-meetings",
                getTranslation("meeting.forumRecord.caption"),
                List.of(
                        getTranslation("meeting.forumRecord.date"),
                        getTranslation("meeting.forumRecord.meeting"),
                        getTranslation("meeting.forumRecord.gap"),
                        getTranslation("meeting.forumRecord.minutes")));
        for (ForumRecord.Line line : record.held()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(Formats.date(line.meeting().startsAt(), getLocale()));
            row.addDataCell()
                    .add(new Anchor(
                            Permalinks.meeting(line.meeting().id()),
                            line.meeting().title()));
            row.addDataCell()
                    .setText(
                            line.daysSincePrevious() == null
                                    ? "–"
                                    : getTranslation(
                                            line.gapTooLong()
                                                    ? "meeting.forumRecord.gapTooLong"
                                                    : "meeting.forumRecord.gapDays",
                                            line.daysSincePrevious()));
            row.addDataCell()
                    .setText(getTranslation(
                            line.minutesPublished() ? "meeting.forumRecord.published" : "meeting.forumRecord.missing"));
        }
        section.add(DataTables.scrolling(table));
        return section;
    }

    private Component list(String id, String headingKey, List<MeetingSummary> found) {
        Section section = new Section(new H2(getTranslation(headingKey)));
        section.setId(id);
        if (found.isEmpty()) {
            section.add(new Paragraph(getTranslation("meeting.none")));
            return section;
        }
        Div cards = new Div();
        cards.addClassName("kk-card-grid");
        for (MeetingSummary meeting : found) {
            H3 title = new H3(new Anchor(Permalinks.meeting(meeting.id()), meeting.title()));
            Html5.Time when = Html5.time(meeting.startsAt(), getLocale());
            when.setText(Formats.span(meeting.startsAt(), meeting.endsAt(), getLocale()));
            Span kind = new Span(getTranslation(meeting.kind().messageKey()));
            kind.addClassName("kk-badge");
            Article card = new Article(title, new Div(kind), new Paragraph(when));
            String where = meeting.place() != null
                    ? meeting.place()
                    : meeting.online() ? getTranslation("meeting.online") : "";
            if (!where.isEmpty()) {
                card.add(new Paragraph(where));
            }
            Span of = new Span(
                    meeting.consultationTitle() != null
                            ? meeting.consultationTitle()
                            : meeting.actionPlanTitle() != null
                                    ? meeting.actionPlanTitle()
                                    : getTranslation("meeting.forum"));
            of.addClassName("kk-meta");
            card.add(new Div(of));
            if (meeting.cancelled()) {
                Span cancelled = new Span(getTranslation("meeting.cancelled"));
                cancelled.addClassName("kk-badge");
                card.add(new Div(cancelled));
            }
            card.addClassName("kk-card");
            cards.add(card);
        }
        section.add(cards);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.calendar") + " – " + getTranslation("app.name");
    }
}
