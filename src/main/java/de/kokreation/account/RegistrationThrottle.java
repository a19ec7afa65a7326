package de.kokreation.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits registrations per client address (counted like the login throttle, see
 * {@link ClientAddress}): a burst of {@code burst} at once, then one more each {@code refill}.
 * A workshop room registering over an hour passes; a script creating accounts in a loop does not.
 */
@Component
class RegistrationThrottle {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int burst;
    private final Duration refill;

    RegistrationThrottle(
            Clock clock,
            @Value("${kokreation.registration.burst:5}") int burst,
            @Value("${kokreation.registration.refill:PT2M}") Duration refill) {
        this.clock = clock;
        this.burst = burst;
        this.refill = refill;
    }

    /** Takes one registration from the address's allowance; false when none is left. */
    boolean tryAcquire(String address) {
        Instant now = clock.instant();
        if (buckets.size() > 100_000) {
            buckets.values().removeIf(bucket -> bucket.tokensAt(now, burst, refill) >= burst);
        }
        boolean[] granted = new boolean[1];
        buckets.compute(address, (key, bucket) -> {
            double tokens = bucket == null ? burst : bucket.tokensAt(now, burst, refill);
            granted[0] = tokens >= 1;
            return new Bucket(granted[0] ? tokens - 1 : tokens, now);
        });
        return granted[0];
    }

    private record Bucket(double tokens, Instant at) {
        double tokensAt(Instant now, int burst, Duration refill) {
            double refilled = (double) Duration.between(at, now).toMillis() / refill.toMillis();
            return Math.min(burst, tokens + Math.max(0, refilled));
        }
    }
}
