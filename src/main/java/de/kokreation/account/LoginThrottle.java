package de.kokreation.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 */
@Component
public class LoginThrottle {

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int freeFailures;
    private final int accountFreeFailures;
    private final int addressFreeFailures;
    private final Duration maxPause;
    private final Duration forgetAfter;

    LoginThrottle(
            Clock clock,
            @Value("${kokreation.login.free-failures:5}") int freeFailures,
            @Value("${kokreation.login.account-free-failures:30}") int accountFreeFailures,
            @Value("${kokreation.login.address-free-failures:100}") int addressFreeFailures,
            @Value("${kokreation.login.max-pause:PT15M}") Duration maxPause) {
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
    public synchronized Duration waitBeforeNextAttempt(String email, String address, @Nullable String device) {
        Instant now = clock.instant();
        if (device != null) {
            return remaining(deviceKey(email, device), freeFailures, now);
        }
        Duration wait = remaining(addressKey(address), addressFreeFailures, now);
        wait = longer(wait, remaining(pairKey(email, address), freeFailures, now));
        return longer(wait, remaining(accountKey(email), accountFreeFailures, now));
    }

    /**
     * Starts an attempt: zero when it may go on, and then it is already counted as a failure (a
     * success takes it back), so that parallel attempts cannot all pass the check before any of
     * them is counted. Otherwise the wait, and nothing is counted.
     */
    synchronized Duration begin(String email, String address, @Nullable String device) {
        Duration wait = waitBeforeNextAttempt(email, address, device);
        if (wait.isZero()) {
            recordFailure(email, address, device);
        }
        return wait;
    }

    synchronized void recordFailure(String email, String address, @Nullable String device) {
        Instant now = clock.instant();
        if (failures.size() > 100_000) {
            // Bounded memory: entries that would start from zero anyway are forgotten.
            Instant stale = now.minus(forgetAfter);
            failures.values().removeIf(entry -> entry.last().isBefore(stale));
        }
        if (device != null) {
            count(deviceKey(email, device), now);
        } else {
            count(addressKey(address), now);
            count(pairKey(email, address), now);
            count(accountKey(email), now);
        }
    }

    /** A wrong attempt that never names an account (an absurd name): only the address counts. */
    synchronized void recordAddressFailure(String address) {
        count(addressKey(address), clock.instant());
    }

    synchronized void recordSuccess(String email, String address, @Nullable String device) {
        // The attempt was counted when it began; a success takes that back.
        Failures addressCount = failures.get(addressKey(address));
        if (device == null && addressCount != null && addressCount.count() > 0) {
            failures.put(addressKey(address), new Failures(addressCount.count() - 1, addressCount.last()));
        }
        failures.remove(pairKey(email, address));
        if (device != null) {
            // the owner's own browser: what guessers elsewhere counted stays counted
            failures.remove(deviceKey(email, device));
        } else {
            failures.remove(accountKey(email));
        }
    }

    /** After the owner proved the mailbox (password reset): the untrusted count starts again. */
    synchronized void clearAccount(String email) {
        failures.remove(accountKey(email));
    }

    private void count(String key, Instant now) {
        failures.merge(
                key,
                new Failures(1, now),
                (old, one) -> old.last().isBefore(now.minus(forgetAfter))
                        ? new Failures(1, now)
                        : new Failures(old.count() + 1, now));
    }

    private Duration remaining(String key, int free, Instant now) {
        Failures counted = failures.get(key);
        if (counted == null || counted.count() < free || counted.last().isBefore(now.minus(forgetAfter))) {
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

    private static Duration longer(Duration one, Duration other) {
        return one.compareTo(other) >= 0 ? one : other;
    }

    private static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String email, String address) {
        return "pair:" + normalized(email) + "|" + address;
    }

    private static String deviceKey(String email, String device) {
        return "device:" + normalized(email) + "|" + device;
    }

    private static String accountKey(String email) {
        return "account:" + normalized(email);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last) {}
}
