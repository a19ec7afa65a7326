package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15));

    @Test
    void theFirstFailuresAreFreeThenTheWaitDoublesUpToTheLimit() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("anna@test.example", "10.0.0.1");
        }
        assertThat(throttle.waitBeforeNextAttempt("anna@test.example", "10.0.0.1")).isZero();

        throttle.recordFailure("anna@test.example", "10.0.0.1");
        assertThat(throttle.waitBeforeNextAttempt("anna@test.example", "10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        throttle.recordFailure("anna@test.example", "10.0.0.1");
        assertThat(throttle.waitBeforeNextAttempt("anna@test.example", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("anna@test.example", "10.0.0.1");
        }
        assertThat(throttle.waitBeforeNextAttempt("anna@test.example", "10.0.0.1")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void thePauseEndsSoTheOwnerIsNeverLockedOutForGood() {
        for (int i = 0; i < 40; i++) {
            throttle.recordFailure("anna@test.example", "10.0.0.66");
        }
        clock.advance(Duration.ofMinutes(15));

        assertThat(throttle.waitBeforeNextAttempt("ANNA@test.example", "192.168.1.5")).isZero();
    }

    @Test
    void aSuccessResetsTheAccountsCount() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("ben@test.example", "10.0.0.2");
        }
        throttle.recordSuccess("ben@test.example");

        assertThat(throttle.waitBeforeNextAttempt("ben@test.example", "10.0.0.3")).isZero();
    }

    @Test
    void oneClientGuessingManyAccountsIsSlowedDownToo() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("person" + i + "@test.example", "10.0.0.9");
        }

        assertThat(throttle.waitBeforeNextAttempt("neu@test.example", "10.0.0.9")).isPositive();
        assertThat(throttle.waitBeforeNextAttempt("neu@test.example", "10.0.0.10")).isZero();
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
}
