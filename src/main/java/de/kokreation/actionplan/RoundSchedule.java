package de.kokreation.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Once a day: reminds of near deadlines and freezes the rounds whose deadline has passed. */
@Component
class RoundSchedule {

    private final RoundService rounds;
    private final Clock clock;

    RoundSchedule(RoundService rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @Scheduled(cron = "${kokreation.plans.round-check-cron:0 15 0 * * *}")
    @SchedulerLock(
            name = "reporting-rounds",
            lockAtLeastFor = "${kokreation.cluster.daily-job-lock-at-least-for}",
            lockAtMostFor = "PT1H")
    void daily() {
        LocalDate today = LocalDate.now(clock);
        rounds.remindDue(today);
        rounds.freezeDue(today);
    }
}
