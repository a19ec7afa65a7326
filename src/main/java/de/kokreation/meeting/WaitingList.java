package de.kokreation.meeting;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves the waiting list up while seats are free, the earliest registration first, each with a
 * mail. Called with the meeting locked, so two freed seats on two nodes never go to one person
 * twice, and one seat never to two.
 */
@Component
class WaitingList {

    private final RegistrationRepository registrations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WaitingList(RegistrationRepository registrations, ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.events = events;
        this.clock = clock;
    }

    void fillSeats(Meeting lockedMeeting) {
        if (!lockedMeeting.takesRegistrations(clock.instant())) {
            return;
        }
        long confirmed = registrations.count(lockedMeeting.id(), RegistrationStatus.CONFIRMED);
        List<Registration> waiting = registrations.findWaiting(lockedMeeting.id());
        for (Registration next : waiting) {
            if (!lockedMeeting.hasSeatFor(confirmed)) {
                return;
            }
            next.moveUp(clock.instant());
            confirmed++;
            events.publishEvent(news(next.accountId(), MeetingNews.Kind.MOVED_UP, lockedMeeting));
        }
    }

    static MeetingNews news(long recipientId, MeetingNews.Kind kind, Meeting meeting) {
        String place = meeting.place();
        String where = place != null ? place : meeting.onlineLink() != null ? "online" : "";
        return new MeetingNews(
                recipientId, kind, meeting.id(), meeting.title(), meeting.startsAt(), meeting.endsAt(), where);
    }
}
