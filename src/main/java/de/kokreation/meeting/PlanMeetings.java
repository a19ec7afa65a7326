package de.kokreation.meeting;

import de.kokreation.actionplan.PlanEvents;
import de.kokreation.shared.EventTeaser;
import de.kokreation.shared.Permalinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The plan's page lists its events through this. */
@Component
class PlanMeetings implements PlanEvents {

    private final MeetingService meetings;

    PlanMeetings(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<EventTeaser> of(long planId) {
        return MeetingService.teasers(meetings.ofPlan(planId));
    }

    @Override
    public String planningLink(String planSlug) {
        return Permalinks.meetings() + "/" + Permalinks.NEW_MEETING + "?aktionsplan=" + planSlug;
    }

    @Override
    public String calendarLink(String planSlug) {
        return Permalinks.planCalendar(planSlug);
    }
}
