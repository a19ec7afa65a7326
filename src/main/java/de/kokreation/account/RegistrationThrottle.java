package de.kokreation.account;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits registrations per client address (counted like the login throttle, see
 * {@link ClientAddress}): a burst of {@code burst} at once, then one more each {@code refill}.
 * A workshop room registering over an hour passes; a script creating accounts in a loop does not.
 * Counted in the database ({@link ThrottleCounts}), so alike on every node.
 */
@Component
class RegistrationThrottle {

    private final ThrottleCounts counts;
    private final int burst;
    private final Duration refill;

    RegistrationThrottle(
            ThrottleCounts counts,
            @Value("${kokreation.registration.burst:5}") int burst,
            @Value("${kokreation.registration.refill:PT2M}") Duration refill) {
        this.counts = counts;
        this.burst = burst;
        this.refill = refill;
    }

    /** Takes one registration from the address's allowance; false when none is left. */
    boolean tryAcquire(String address) {
        return counts.takeToken("registration:" + address, burst, refill);
    }
}
