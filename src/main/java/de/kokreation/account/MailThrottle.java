package de.kokreation.account;

import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the account mails one address receives (confirmation, reset, "already registered"), so
 * the forms cannot be used to flood somebody's mailbox: {@code perHour} at once, then one more
 * each hour divided by {@code perHour}. Beyond the limit the form answers as always and no mail
 * goes out. Counted in the database ({@link ThrottleCounts}), so alike on every node.
 */
@Component
class MailThrottle {

    private final ThrottleCounts counts;
    private final int perHour;

    MailThrottle(ThrottleCounts counts, @Value("${kokreation.mail.account-mails-per-hour:5}") int perHour) {
        this.counts = counts;
        this.perHour = perHour;
    }

    /** Counts a mail to {@code address} and says whether it may go out. */
    boolean allows(String address) {
        return counts.takeToken(
                "mail:" + address.toLowerCase(Locale.ROOT),
                perHour,
                Duration.ofHours(1).dividedBy(perHour));
    }
}
