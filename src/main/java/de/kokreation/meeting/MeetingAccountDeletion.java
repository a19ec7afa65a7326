package de.kokreation.meeting;

import de.kokreation.account.AccountEvents;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When an account is deleted, its registrations (with the needs it told the organisers) go with
 * it; a seat it held at a meeting still to come goes to the first person waiting. The meetings it
 * planned stay, without pointing to the person. Runs inside the deleting transaction.
 */
@Component
class MeetingAccountDeletion {

    private final RegistrationRepository registrations;
    private final MeetingRepository meetings;
    private final WaitingList waitingList;
    private final JdbcTemplate jdbc;

    MeetingAccountDeletion(
            RegistrationRepository registrations,
            MeetingRepository meetings,
            WaitingList waitingList,
            JdbcTemplate jdbc) {
        this.registrations = registrations;
        this.meetings = meetings;
        this.waitingList = waitingList;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountEvents.AccountDeleted event) {
        List<Registration> theirs = registrations.findByAccount(event.accountId());
        for (Registration registration : theirs) {
            Meeting meeting = meetings.findForUpdate(registration.meetingId()).orElseThrow();
            registrations.delete(registration);
            registrations.flush();
            if (registration.status() == RegistrationStatus.CONFIRMED) {
                waitingList.fillSeats(meeting);
            }
        }
        jdbc.update("update meeting set created_by = null where created_by = ?", event.accountId());
    }
}
