package de.kokreation.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A password login waiting for its second factor, kept in the (not yet logged-in) session: whose
 * (and the account's session stamp then: a new password meanwhile voids it), since when, and how
 * many wrong codes so far.
 */
record PendingSecondFactor(
        long accountId,
        long sessionStamp,
        String email,
        @Nullable String device,
        Instant since,
        int wrongCodes) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Time to type the code; after it, the password is asked again. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    /** Wrong codes before the password is asked again (and counted by the login throttle). */
    static final int MAX_WRONG_CODES = 5;

    boolean expiredAt(Instant now) {
        return since.plus(LIFETIME).isBefore(now);
    }

    PendingSecondFactor withWrongCode() {
        return new PendingSecondFactor(accountId, sessionStamp, email, device, since, wrongCodes + 1);
    }
}
