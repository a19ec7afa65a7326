package de.kokreation.meeting;

import de.kokreation.account.reads.AccountNames;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.SpreadsheetSafeCsv;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration for meetings in one step: a seat while there are seats, else the waiting list;
 * until the meeting starts. Each registration and cancellation locks the meeting, so that seats
 * are counted right on every node. The organisers see and export who registered.
 */
@Service
public class RegistrationService {

    private final MeetingRepository meetings;
    private final RegistrationRepository registrations;
    private final MeetingAccess access;
    private final WaitingList waitingList;
    private final AccountNames accountNames;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationService(
            MeetingRepository meetings,
            RegistrationRepository registrations,
            MeetingAccess access,
            WaitingList waitingList,
            AccountNames accountNames,
            ApplicationEventPublisher events,
            Clock clock) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.access = access;
        this.waitingList = waitingList;
        this.accountNames = accountNames;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers the caller with their needs (which only the organisers see), or changes the needs
     * of an existing registration. Answers the registration's status.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public RegistrationStatus register(long meetingId, String needs) {
        long me = access.myAccountId();
        var mine = registrations.find(meetingId, me);
        if (mine.isPresent()) {
            // The person's own needs: changed or taken back at any time, also after the start.
            mine.get().changeNeeds(needs);
            return mine.get().status();
        }
        Meeting meeting = lockedTakingRegistrations(meetingId);
        var existing = registrations.find(meetingId, me);
        if (existing.isPresent()) {
            existing.get().changeNeeds(needs);
            return existing.get().status();
        }
        boolean seat = meeting.hasSeatFor(registrations.count(meetingId, RegistrationStatus.CONFIRMED));
        Registration registration = new Registration(meetingId, me, needs, seat, clock.instant());
        try {
            registrations.saveAndFlush(registration);
        } catch (DataIntegrityViolationException twice) {
            // The same person in two tabs at once: the lock makes this nearly impossible, the key certain.
            throw new DomainException("meeting.error.alreadyRegistered");
        }
        events.publishEvent(
                WaitingList.news(me, seat ? MeetingNews.Kind.REGISTERED : MeetingNews.Kind.WAITING, meeting));
        return registration.status();
    }

    /** Cancels the caller's registration; a freed seat goes to the first person waiting. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void cancel(long meetingId) {
        long me = access.myAccountId();
        // Withdrawn at any time (the needs go with it); a freed seat moves the list up only
        // while the meeting takes registrations.
        Meeting meeting = meetings.findForUpdate(meetingId)
                .orElseThrow(() -> new NotFoundException("meeting.error.notFound", meetingId));
        registrations.find(meetingId, me).ifPresent(registration -> {
            registrations.delete(registration);
            registrations.flush();
            waitingList.fillSeats(meeting);
        });
    }

    /** Who registered, seats first, then the waiting list in its order: for the organisers. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RegistrationRow> registrations(long meetingId) {
        access.organised(meetingId);
        List<Registration> found = registrations.findByMeeting(meetingId);
        Map<Long, AccountNames.NameAndEmail> contacts = accountNames.namesAndEmails(
                found.stream().map(Registration::accountId).toList());
        return found.stream()
                .filter(registration -> contacts.containsKey(registration.accountId()))
                .map(registration -> {
                    AccountNames.NameAndEmail contact = contacts.get(registration.accountId());
                    return new RegistrationRow(
                            registration.accountId(),
                            contact.displayName(),
                            contact.email(),
                            registration.status(),
                            registration.needs(),
                            registration.registeredAt());
                })
                .toList();
    }

    /** The attendance list as CSV (UTF-8, spreadsheet-safe): personal data, for the organisers only. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] attendanceCsv(long meetingId, java.util.function.Function<String, String> columnNames) {
        List<RegistrationRow> rows = registrations(meetingId);
        var out = new java.io.ByteArrayOutputStream();
        var csv = new SpreadsheetSafeCsv(
                out, ATTENDANCE_COLUMNS.stream().map(columnNames).toList());
        for (RegistrationRow row : rows) {
            csv.row(
                    row.displayName(),
                    row.email(),
                    columnNames.apply("status." + row.status().name()),
                    row.needs(),
                    row.registeredAt().toString());
        }
        csv.finish();
        return out.toByteArray();
    }

    /** The message keys of the attendance list's columns (after {@code meeting.attendance.}). */
    public static final List<String> ATTENDANCE_COLUMNS = List.of("name", "email", "status", "needs", "registeredAt");

    /** The caller's registrations, for their personal data export. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MyRegistration> mine() {
        List<Registration> found = registrations.findByAccount(access.myAccountId());
        Map<Long, Meeting> byId = new java.util.HashMap<>();
        meetings.findAllById(found.stream().map(Registration::meetingId).toList())
                .forEach(meeting -> byId.put(meeting.id(), meeting));
        return found.stream()
                .map(registration -> {
                    Meeting meeting = byId.get(registration.meetingId());
                    return new MyRegistration(
                            meeting.id(),
                            meeting.title(),
                            meeting.startsAt(),
                            registration.status(),
                            registration.needs(),
                            registration.registeredAt());
                })
                .toList();
    }

    private Meeting lockedTakingRegistrations(long meetingId) {
        Meeting meeting = meetings.findForUpdate(meetingId)
                .orElseThrow(() -> new NotFoundException("meeting.error.notFound", meetingId));
        Instant now = clock.instant();
        if (meeting.cancelledAt() != null) {
            throw new DomainException("meeting.error.cancelled");
        }
        if (!meeting.takesRegistrations(now)) {
            throw new DomainException("meeting.error.registrationClosed");
        }
        return meeting;
    }
}
