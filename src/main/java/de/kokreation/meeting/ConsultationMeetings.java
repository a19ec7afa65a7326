package de.kokreation.meeting;

import de.kokreation.consultation.ConsultationEvents;
import de.kokreation.shared.Permalinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The consultation's page lists its meetings through this. */
@Component
class ConsultationMeetings implements ConsultationEvents {

    private final MeetingService meetings;

    ConsultationMeetings(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<EventTeaser> of(long consultationId) {
        return meetings.ofConsultation(consultationId).stream()
                .map(meeting -> new EventTeaser(
                        meeting.title(),
                        meeting.kind().messageKey(),
                        meeting.startsAt(),
                        meeting.endsAt(),
                        meeting.online() && meeting.place() == null ? null : meeting.place(),
                        meeting.cancelled(),
                        Permalinks.meeting(meeting.id())))
                .toList();
    }

    @Override
    public boolean mayPlan(long consultationId) {
        return meetings.mayCreate(consultationId);
    }

    @Override
    public String planningLink(String consultationSlug) {
        return Permalinks.meetings() + "/neu?konsultation=" + consultationSlug;
    }

    @Override
    public String calendarLink(String consultationSlug) {
        return Permalinks.consultationCalendar(consultationSlug);
    }
}
