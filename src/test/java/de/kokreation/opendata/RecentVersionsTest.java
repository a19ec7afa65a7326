package de.kokreation.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A version is computed once within the time it is kept, and again just after. */
class RecentVersionsTest {

    private Instant now = Instant.parse("2026-12-06T10:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void keptForItsTimeThenComputedAgain() {
        RecentVersions versions = new RecentVersions(clock, Duration.ofSeconds(5));
        AtomicInteger computed = new AtomicInteger();

        assertThat(versions.of("nrw-2018", () -> "v" + computed.incrementAndGet()))
                .isEqualTo("v1");
        now = now.plusMillis(4_999);
        assertThat(versions.of("nrw-2018", () -> "v" + computed.incrementAndGet()))
                .isEqualTo("v1");
        now = now.plusMillis(1);
        assertThat(versions.of("nrw-2018", () -> "v" + computed.incrementAndGet()))
                .isEqualTo("v2");
        assertThat(versions.of("bw-2018", () -> "w"))
                .as("each consultation its own")
                .isEqualTo("w");
    }

    @Test
    void nothingIsKeptForNoTime() {
        RecentVersions versions = new RecentVersions(clock, Duration.ZERO);
        AtomicInteger computed = new AtomicInteger();
        versions.of("nrw-2018", () -> "v" + computed.incrementAndGet());
        assertThat(versions.of("nrw-2018", () -> "v" + computed.incrementAndGet()))
                .isEqualTo("v2");
    }
}
