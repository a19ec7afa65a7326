package de.kokreation.notification;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again what could not be delivered: event publications whose listener failed (the SMTP
 * server was down, say) are resubmitted every minute once they are a minute old.
 */
@Component
class OutstandingMailRetry {

    private static final Logger LOG = LoggerFactory.getLogger(OutstandingMailRetry.class);

    private final IncompleteEventPublications incomplete;

    OutstandingMailRetry(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(
            fixedDelayString = "${kokreation.mail.retry-interval:PT1M}",
            initialDelayString = "${kokreation.mail.retry-interval:PT1M}")
    @SchedulerLock(name = "mail-retry", lockAtLeastFor = "PT20S", lockAtMostFor = "PT10M")
    void retry() {
        retryOlderThan(Duration.ofMinutes(1));
    }

    /** Resubmits every incomplete publication older than {@code age}. */
    void retryOlderThan(Duration age) {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(age);
        } catch (RuntimeException failure) {
            LOG.warn("Resubmitting outstanding events failed; trying again later", failure);
        }
    }
}
