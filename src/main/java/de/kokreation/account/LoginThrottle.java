package de.kokreation.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps password guessing slow without letting anyone keep a person out.
 *
 * <p>Failures are counted under several keys at once, and the longest wait wins:
 * <ul>
 * <li><b>account and address together</b>: {@code freeFailures} free, then each attempt waits,
 * doubling up to {@code maxPause}. Guessing from one address is slow; the owner elsewhere is not
 * affected.</li>
 * <li><b>account and trusted browser</b>: a browser in which the account logged in before carries
 * a signed device cookie ({@link LoginDevices}). Its attempts count only here, so failures from
 * anywhere else never pause the owner's own browsers.</li>
 * <li><b>account from untrusted browsers</b>: a distributed guesser (many addresses) is paused
 * after {@code accountFreeFailures}; the owner still gets in from a trusted browser, or with a
 * password reset by mail, which clears this count and trusts the browser it ends in.</li>
 * <li><b>address</b>: {@code addressFreeFailures}, set so high that a workshop room or an office
 * behind one address does not reach it, but one machine trying many accounts does.</li>
 * </ul>
 * A success clears the counts it proves wrong: those of the account and address (or of the
 * trusted browser), but not the address's own (a guesser could otherwise clear it with an account
 * of their own), and a success in a trusted browser leaves the untrusted count of the account. A
 * pause always ends; counts older than {@code forgetAfter} start again from zero. Attempts during
 * a pause are refused unchecked and not counted.
 *
 * <p>The counts live in the database ({@link ThrottleCounts}): every node of a cluster counts the
 * same attempts, and a restart does not give a guesser a fresh budget.
 */
@Component
public class LoginThrottle {

    private final ThrottleCounts counts;
    private final Clock clock;
    private final int freeFailures;
    private final int accountFreeFailures;
    private final int addressFreeFailures;
    private final Duration maxPause;
    private final Duration forgetAfter;

    LoginThrottle(
            ThrottleCounts counts,
            Clock clock,
            @Value("${kokreation.login.free-failures:5}") int freeFailures,
            @Value("${kokreation.login.account-free-failures:30}") int accountFreeFailures,
            @Value("${kokreation.login.address-free-failures:100}") int addressFreeFailures,
            @Value("${kokreation.login.max-pause:PT15M}") Duration maxPause) {
        this.counts = counts;
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.accountFreeFailures = accountFreeFailures;
        this.addressFreeFailures = addressFreeFailures;
        this.maxPause = maxPause;
        this.forgetAfter = maxPause.multipliedBy(4);
    }

    /**
     * How long the next attempt must wait; zero when none. {@code device} is the id of the
     * browser's device cookie when it is valid for this account, else null. A trusted browser is
     * limited by its own count only: not even many failures from its network address pause it.
     */
    public Duration waitBeforeNextAttempt(String email, String address, @Nullable String device) {
        return counts.update(
                attemptKeys(email, address, device),
                forgetAfter,
                failures -> waitBefore(failures, email, address, device, clock.instant()));
    }

    /**
     * Starts an attempt: zero when it may go on, and then it is already counted as a failure (a
     * success takes it back), so that parallel attempts, on this node or another, cannot all pass
     * the check before any of them is counted. Otherwise the wait, and nothing is counted.
     */
    Duration begin(String email, String address, @Nullable String device) {
        return counts.update(attemptKeys(email, address, device), forgetAfter, failures -> {
            Instant now = clock.instant();
            Duration wait = waitBefore(failures, email, address, device, now);
            if (wait.isZero()) {
                countFailure(failures, email, address, device, now);
            }
            return wait;
        });
    }

    void recordFailure(String email, String address, @Nullable String device) {
        counts.update(attemptKeys(email, address, device), forgetAfter, failures -> {
            countFailure(failures, email, address, device, clock.instant());
            return null;
        });
    }

    /** A wrong attempt that never names an account (an absurd name): only the address counts. */
    void recordAddressFailure(String address) {
        counts.update(List.of(addressKey(address)), forgetAfter, failures -> {
            count(failures, addressKey(address), clock.instant());
            return null;
        });
    }

    void recordSuccess(String email, String address, @Nullable String device) {
        String proven = device != null ? deviceKey(email, device) : accountKey(email);
        counts.update(List.of(addressKey(address), pairKey(email, address), proven), forgetAfter, failures -> {
            // The attempt was counted when it began; a success takes that back.
            ThrottleCounts.Count addressCount = failures.get(addressKey(address));
            if (device == null && addressCount != null && addressCount.amount() > 0) {
                failures.put(
                        addressKey(address), new ThrottleCounts.Count(addressCount.amount() - 1, addressCount.at()));
            }
            failures.remove(pairKey(email, address));
            // In the owner's own browser, what guessers elsewhere counted stays counted.
            failures.remove(proven);
            return null;
        });
    }

    /** After the owner proved the mailbox (password reset): the untrusted count starts again. */
    void clearAccount(String email) {
        counts.update(List.of(accountKey(email)), forgetAfter, failures -> failures.remove(accountKey(email)));
    }

    private List<String> attemptKeys(String email, String address, @Nullable String device) {
        return device != null
                ? List.of(deviceKey(email, device))
                : List.of(addressKey(address), pairKey(email, address), accountKey(email));
    }

    private Duration waitBefore(
            Map<String, ThrottleCounts.Count> failures,
            String email,
            String address,
            @Nullable String device,
            Instant now) {
        if (device != null) {
            return remaining(failures, deviceKey(email, device), freeFailures, now);
        }
        Duration wait = remaining(failures, addressKey(address), addressFreeFailures, now);
        wait = longer(wait, remaining(failures, pairKey(email, address), freeFailures, now));
        return longer(wait, remaining(failures, accountKey(email), accountFreeFailures, now));
    }

    private void countFailure(
            Map<String, ThrottleCounts.Count> failures,
            String email,
            String address,
            @Nullable String device,
            Instant now) {
        for (String key : attemptKeys(email, address, device)) {
            count(failures, key, now);
        }
    }

    private void count(Map<String, ThrottleCounts.Count> failures, String key, Instant now) {
        ThrottleCounts.Count old = failures.get(key);
        failures.put(
                key,
                old == null || old.at().isBefore(now.minus(forgetAfter))
                        ? new ThrottleCounts.Count(1, now)
                        : new ThrottleCounts.Count(old.amount() + 1, now));
    }

    private Duration remaining(Map<String, ThrottleCounts.Count> failures, String key, int free, Instant now) {
        ThrottleCounts.Count counted = failures.get(key);
        if (counted == null || counted.amount() < free || counted.at().isBefore(now.minus(forgetAfter))) {
            return Duration.ZERO;
        }
        long exponent = Math.min(20, (long) counted.amount() - free);
        Duration pause = Duration.ofSeconds(1L << exponent);
        if (pause.compareTo(maxPause) > 0) {
            pause = maxPause;
        }
        Instant until = counted.at().plus(pause);
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static Duration longer(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String email, String address) {
        return "login.pair:" + normalized(email) + "|" + address;
    }

    private static String deviceKey(String email, String device) {
        return "login.device:" + normalized(email) + "|" + device;
    }

    private static String accountKey(String email) {
        return "login.account:" + normalized(email);
    }

    private static String addressKey(String address) {
        return "login.address:" + address;
    }
}
