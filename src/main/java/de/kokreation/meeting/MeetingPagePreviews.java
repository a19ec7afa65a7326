package de.kokreation.meeting;

import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.PagePreview;
import de.kokreation.shared.PagePreviews;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.RichText;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An event's pages for their first HTML: its title and agenda, and its calendar file. */
@Component
class MeetingPagePreviews implements PagePreviews {

    private final MeetingRepository meetings;

    MeetingPagePreviews(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PagePreview> preview(List<String> segments) {
        if (segments.size() < 2
                || !segments.getFirst().equals(Permalinks.MEETINGS)
                || segments.get(1).equals(Permalinks.NEW_MEETING)) {
            return Optional.empty();
        }
        long id = PagePreviews.id(segments.get(1), "meeting.error.notFound");
        Meeting meeting = meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting.error.notFound"));
        return Optional.of(PagePreview.article(meeting.title(), RichText.plainText(meeting.agendaHtml()))
                .withFeeds(List.of(new PagePreview.Alternate(
                        "text/calendar", "calendar.meetingAlternate", Permalinks.meetingCalendar(id)))));
    }
}
