package de.kokreation.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down and then pauses guessing. Failures are counted per account and per client address.
 * From the {@code freeFailures}th failure on, each further attempt must wait, doubling up to
 * {@code maxPause}; a success resets the count. The pause always ends, so an attacker can delay
 * but never lock out the real owner for good.
 */
@Component
public class LoginThrottle {

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeFailures;
    private final Duration maxPause;

    LoginThrottle(Clock clock, @Value("${kokreation.login.free-failures:5}") int freeFailures,
            @Value("${kokreation.login.max-pause:PT15M}") Duration maxPause) {
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.maxPause = maxPause;
    }

    /** How long the next attempt for this account from this client must wait; zero when none. */
    public Duration waitBeforeNextAttempt(String email, String client) {
        Instant now = clock.instant();
        Duration byAccount = remaining(accountKey(email), now);
        Duration byClient = remaining(clientKey(client), now);
        return byAccount.compareTo(byClient) >= 0 ? byAccount : byClient;
    }

    void recordFailure(String email, String client) {
        Instant now = clock.instant();
        if (failures.size() > 100_000) {
            // Bounded memory: entries whose pause is long over are forgotten.
            Instant stale = now.minus(maxPause.multipliedBy(2));
            failures.values().removeIf(entry -> entry.last().isBefore(stale));
        }
        failures.merge(accountKey(email), new Failures(1, now), (old, one) -> old.plusOne(now));
        // A client may mistype several accounts' passwords; it gets twice the free attempts.
        failures.merge(clientKey(client), new Failures(1, now), (old, one) -> old.plusOne(now));
    }

    void recordSuccess(String email) {
        failures.remove(accountKey(email));
    }

    private Duration remaining(String key, Instant now) {
        Failures counted = failures.get(key);
        int free = key.startsWith("client:") ? freeFailures * 2 : freeFailures;
        if (counted == null || counted.count() < free) {
            return Duration.ZERO;
        }
        long exponent = Math.min(20, counted.count() - free);
        Duration pause = Duration.ofSeconds(1L << exponent);
        if (pause.compareTo(maxPause) > 0) {
            pause = maxPause;
        }
        Instant until = counted.last().plus(pause);
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static String accountKey(String email) {
        return "account:" + email.strip().toLowerCase(Locale.ROOT);
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }

    private record Failures(int count, Instant last) {
        Failures plusOne(Instant now) {
            return new Failures(count + 1, now);
        }
    }
}
