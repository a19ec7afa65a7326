package de.kokreation.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day before a meeting, everyone with a seat hears of it once. Runs on one node of a cluster;
 * the reminder is recorded in the transaction that publishes the news, so a second run (or a
 * second node) reminds nobody twice.
 */
@Component
class MeetingReminders {

    private final MeetingRepository meetings;
    private final RegistrationRepository registrations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    MeetingReminders(
            MeetingRepository meetings,
            RegistrationRepository registrations,
            ApplicationEventPublisher events,
            Clock clock,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.registrations = registrations;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${kokreation.meetings.reminder-cron:0 0 9 * * *}", zone = "${kokreation.time-zone}")
    @SchedulerLock(
            name = "meeting-reminders",
            lockAtLeastFor = "${kokreation.cluster.daily-job-lock-at-least-for}",
            lockAtMostFor = "PT1H")
    @Transactional
    public void remindOfTomorrow() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        ZonedDateTime from = tomorrow.atStartOfDay(clock.getZone());
        ZonedDateTime until = tomorrow.plusDays(1).atStartOfDay(clock.getZone());
        Map<Long, Meeting> starting = meetings.findStartingBetween(from.toInstant(), until.toInstant()).stream()
                .collect(Collectors.toMap(Meeting::id, Function.identity()));
        if (starting.isEmpty()) {
            return;
        }
        List<Registration> due = registrations.findToRemind(starting.keySet());
        for (Registration registration : due) {
            // One row at a time and only if nobody reminded it meanwhile: a needs edit or a
            // cancellation at the same moment is neither overwritten nor fails the others.
            int marked = jdbc.update(
                    "update meeting_registration set reminded_at = ? where id = ? and reminded_at is null",
                    java.sql.Timestamp.from(clock.instant()),
                    registration.id());
            if (marked == 1) {
                events.publishEvent(WaitingList.news(
                        registration.accountId(), MeetingNews.Kind.REMINDER, starting.get(registration.meetingId())));
            }
        }
    }

    /**
     * The needs people told the organisers (accessibility, diet: possibly health data) are kept
     * until {@link #NEEDS_KEPT_DAYS} days after the meeting, then erased; the registration stays.
     */
    @Scheduled(cron = "${kokreation.meetings.needs-cleanup-cron:0 30 3 * * *}", zone = "${kokreation.time-zone}")
    @SchedulerLock(
            name = "meeting-needs-cleanup",
            lockAtLeastFor = "${kokreation.cluster.daily-job-lock-at-least-for}",
            lockAtMostFor = "PT1H")
    @Transactional
    public void forgetOldNeeds() {
        jdbc.update(
                "update meeting_registration set needs = null where needs is not null and meeting_id in"
                        + " (select id from meeting where ends_at < ?)",
                java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(NEEDS_KEPT_DAYS))));
    }

    static final int NEEDS_KEPT_DAYS = 30;
}
