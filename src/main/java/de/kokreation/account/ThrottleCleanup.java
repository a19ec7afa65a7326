package de.kokreation.account;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes the throttles' counts that nobody has counted for a day, once an hour on one node. */
@Component
class ThrottleCleanup {

    private final ThrottleCounts counts;

    ThrottleCleanup(ThrottleCounts counts) {
        this.counts = counts;
    }

    @Scheduled(cron = "${kokreation.throttles.cleanup-cron:0 23 * * * *}")
    @SchedulerLock(name = "throttle-cleanup", lockAtLeastFor = "PT1M")
    void forgetOld() {
        counts.forgetOld();
    }
}
