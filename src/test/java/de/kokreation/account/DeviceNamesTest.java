package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a session's device and place are shown: browser and system, and the address's range. */
class DeviceNamesTest {

    @Test
    void commonBrowsersAreNamedWithTheirSystem() {
        assertThat(DeviceNames.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"))
                .isEqualTo("Edge · Windows");
        assertThat(DeviceNames.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                        + " Chrome/131.0.0.0 Mobile Safari/537.36"))
                .isEqualTo("Chrome · Android");
        assertThat(DeviceNames.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like"
                        + " Gecko) Version/18.1 Safari/605.1.15"))
                .isEqualTo("Safari · macOS");
        assertThat(DeviceNames.of("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"))
                .isEqualTo("Firefox · Linux");
    }

    @Test
    void anUnknownOrMissingOrHugeUserAgentStillGivesAShortName() {
        assertThat(DeviceNames.of(null)).isEqualTo("?");
        assertThat(DeviceNames.of("  ")).isEqualTo("?");
        assertThat(DeviceNames.of("curl/8.5.0")).isEqualTo("Browser · ?");
        assertThat(DeviceNames.of("Firefox/1 " + "ü".repeat(10_000))).hasSizeLessThanOrEqualTo(DeviceNames.MAX_LENGTH);
    }

    @Test
    void addressesAreShownByTheirRangeNotExactly() {
        assertThat(ClientAddress.range("203.0.113.77")).isEqualTo("203.0.113.0/24");
        assertThat(ClientAddress.range("2001:db8:1234:5678::1")).isEqualTo("2001:db8:1234::/48");
        assertThat(ClientAddress.range("::ffff:198.51.100.9")).isEqualTo("198.51.100.0/24");
        assertThat(ClientAddress.range("fe80::1%eth0")).isEqualTo("fe80:0:0::/48");
        assertThat(ClientAddress.range("not an address")).isEqualTo("?");
    }
}
