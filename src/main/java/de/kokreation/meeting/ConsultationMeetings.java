package de.kokreation.meeting;

import de.kokreation.consultation.ConsultationEvents;
import de.kokreation.shared.EventTeaser;
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
        return MeetingService.teasers(meetings.ofConsultation(consultationId));
    }

    @Override
    public boolean mayPlan(long consultationId) {
        return meetings.mayCreate(consultationId);
    }

    @Override
    public String planningLink(String consultationSlug) {
        return Permalinks.meetings() + "/" + Permalinks.NEW_MEETING + "?konsultation=" + consultationSlug;
    }

    @Override
    public String calendarLink(String consultationSlug) {
        return Permalinks.consultationCalendar(consultationSlug);
    }
}
