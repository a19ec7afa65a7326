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

    MeetingReminders(
            MeetingRepository meetings,
            RegistrationRepository registrations,
            ApplicationEventPublisher events,
            Clock clock) {
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
            registration.reminded(clock.instant());
            events.publishEvent(WaitingList.news(
                    registration.accountId(), MeetingNews.Kind.REMINDER, starting.get(registration.meetingId())));
        }
    }
}
