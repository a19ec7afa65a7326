package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The login throttle over its counts in the database (H2, and PostgreSQL with the tag
 * {@code database}), with a clock of the test's own.
 */
@IntegrationTest
@Tag("database")
class LoginThrottleTest {

    private static final String ANNA = "anna@test.example";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    // 5 free per account and address, 30 per account from untrusted browsers, 100 per address
    LoginThrottle throttle;

    @BeforeEach
    void freshCounts() {
        new JdbcTemplate(dataSource).update("delete from throttle");
        throttle = new LoginThrottle(
                new ThrottleCounts(dataSource, transactions, clock), clock, 5, 30, 100, Duration.ofMinutes(15));
    }

    @Test
    void theFirstFailuresAreFreeThenTheWaitDoublesUpToTheLimit() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(ANNA, "10.0.0.1", null);
        }
        assertThat(throttle.waitBeforeNextAttempt(ANNA, "10.0.0.1", null)).isZero();

        throttle.recordFailure(ANNA, "10.0.0.1", null);
        assertThat(throttle.waitBeforeNextAttempt(ANNA, "10.0.0.1", null)).isEqualTo(Duration.ofSeconds(1));
        throttle.recordFailure(ANNA, "10.0.0.1", null);
        assertThat(throttle.waitBeforeNextAttempt(ANNA, "10.0.0.1", null)).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure(ANNA, "10.0.0.1", null);
        }
        assertThat(throttle.waitBeforeNextAttempt(ANNA, "10.0.0.1", null)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aGuesserFromOneAddressDoesNotPauseTheOwnerAtAnotherAddress() {
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure(ANNA, "203.0.113.66", null);
        }
        assertThat(throttle.waitBeforeNextAttempt(ANNA, "203.0.113.66", null)).isPositive();
        assertThat(throttle.waitBeforeNextAttempt(ANNA, "192.168.1.5", null)).isZero();
    }

    @Test
    void aDistributedGuesserCannotPauseTheOwnersTrustedBrowserAndStaysSlowItself() {
        // 40 addresses, 5 guesses each: 200 guesses, then the account pauses untrusted attempts
        for (int address = 0; address < 40; address++) {
            for (int i = 0; i < 5; i++) {
                throttle.recordFailure(ANNA, "198.51.100." + address, null);
            }
        }
        assertThat(throttle.waitBeforeNextAttempt(ANNA, "198.51.100.200", null))
                .as("a fresh address of the guesser")
                .isPositive();
        // renewing the pause again and again...
        for (int round = 0; round < 10; round++) {
            clock.advance(Duration.ofMinutes(15));
            throttle.recordFailure(ANNA, "198.51.100." + (100 + round), null);
        }
        // ...never reaches the browser the owner logged in with before
        assertThat(throttle.waitBeforeNextAttempt(ANNA, "192.168.1.5", "owners-laptop"))
                .isZero();
        assertThat(throttle.waitBeforeNextAttempt(ANNA, "198.51.100.7", "owners-laptop"))
                .isZero();
        // and a password reset by mail opens the door for untrusted browsers too
        throttle.clearAccount(ANNA);
        assertThat(throttle.waitBeforeNextAttempt(ANNA, "192.168.1.5", null)).isZero();
    }

    @Test
    void aTrustedBrowserIsThrottledOnItsOwn() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(ANNA, "192.168.1.5", "stolen-laptop");
        }
        assertThat(throttle.waitBeforeNextAttempt(ANNA, "192.168.1.5", "stolen-laptop"))
                .isPositive();
        assertThat(throttle.waitBeforeNextAttempt(ANNA, "192.168.1.5", "owners-phone"))
                .isZero();
    }

    @Test
    void thePauseEndsSoTheOwnerIsNeverLockedOutForGood() {
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure(ANNA, "10.0.0.66", null);
        }
        clock.advance(Duration.ofMinutes(15));

        assertThat(throttle.waitBeforeNextAttempt("ANNA@test.example", "10.0.0.66", null))
                .isZero();
    }

    @Test
    void aSuccessResetsTheAccountsCountsButNotTheAddresses() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("ben@test.example", "10.0.0.2", null);
        }
        throttle.recordSuccess("ben@test.example", "10.0.0.2", null);
        assertThat(throttle.waitBeforeNextAttempt("ben@test.example", "10.0.0.2", null))
                .isZero();

        // a guesser cannot clear the address count by logging into an account of their own
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("person" + i + "@test.example", "10.0.0.9", null);
        }
        // the guesser waits out the pause and logs into an account of their own
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.begin("guesser@test.example", "10.0.0.9", null)).isZero();
        throttle.recordSuccess("guesser@test.example", "10.0.0.9", null);
        assertThat(throttle.waitBeforeNextAttempt("neu@test.example", "10.0.0.9", null))
                .isPositive();
    }

    @Test
    void aRoomFullOfPeopleBehindOneAddressIsNotPaused() {
        // a workshop of 50 behind one NAT address, each mistyping once
        for (int i = 0; i < 50; i++) {
            throttle.recordFailure("teilnehmerin" + i + "@test.example", "192.0.2.1", null);
        }
        assertThat(throttle.waitBeforeNextAttempt("teilnehmerin0@test.example", "192.0.2.1", null))
                .isZero();
        assertThat(throttle.waitBeforeNextAttempt("neu@test.example", "192.0.2.1", null))
                .isZero();
    }

    @Test
    void anIpv6SubscriberCountsAsOneAddressAndIpv4InIpv6AsIpv4() {
        assertThat(ClientAddress.normalized("2001:db8:1:2:3:4:5:6"))
                .isEqualTo(ClientAddress.normalized("2001:db8:1:2:ffff::9"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(ClientAddress.normalized("2001:db8:1:3::1"))
                .isNotEqualTo(ClientAddress.normalized("2001:db8:1:2::1"));
        assertThat(ClientAddress.normalized("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(ClientAddress.normalized("192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void parallelAttemptsAreCountedAsTheyBeginSoABurstCannotSlipThrough() throws Exception {
        AtomicInteger admitted = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(16)) {
            List<Future<?>> attempts = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                attempts.add(pool.submit(() -> {
                    if (throttle.begin(ANNA, "203.0.113.9", null).isZero()) {
                        admitted.incrementAndGet();
                    }
                }));
            }
            for (var attempt : attempts) {
                attempt.get();
            }
        }
        // 5 free, then the wait starts: nothing else gets through in the same instant
        assertThat(admitted.get()).isEqualTo(5);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Keys at, below and above the length kept as it is, with characters of two bytes and of four. */
    @Test
    void keysOfAnyLengthAndScriptAreCountedEachOnItsOwn() {
        ThrottleCounts counts = new ThrottleCounts(dataSource, transactions, clock);
        String emojis = "😀".repeat(20);
        List<String> keys = List.of(
                "ä".repeat(199),
                "ä".repeat(200),
                "ä".repeat(201),
                "😀".repeat(300),
                "😀".repeat(300) + "x",
                emojis + "a".repeat(300),
                emojis + "b".repeat(300),
                "x" + "😀".repeat(200));
        for (String key : keys) {
            assertThat(counts.takeToken(key, 1, Duration.ofHours(1)))
                    .as("first of %s", key.length())
                    .isTrue();
        }
        for (String key : keys) {
            assertThat(counts.takeToken(key, 1, Duration.ofHours(1)))
                    .as("second of %s", key.length())
                    .isFalse();
        }
    }
}
