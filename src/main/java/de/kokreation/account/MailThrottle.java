package de.kokreation.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits the account mails one address receives (confirmation, reset, "already registered"), so
 * the forms cannot be used to flood somebody's mailbox. Beyond the limit the form answers as
 * always and no mail goes out.
 */
@Component
class MailThrottle {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int perHour;

    MailThrottle(Clock clock, @Value("${kokreation.mail.account-mails-per-hour:5}") int perHour) {
        this.clock = clock;
        this.perHour = perHour;
    }

    /** Counts a mail to {@code address} and says whether it may go out. */
    boolean allows(String address) {
        Instant now = clock.instant();
        if (sent.size() > 50_000) {
            sent.entrySet()
                    .removeIf(entry -> entry.getValue().isEmpty()
                            || entry.getValue().peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = sent.computeIfAbsent(address.toLowerCase(Locale.ROOT), key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
