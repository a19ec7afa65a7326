package de.kokreation.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One-time passwords as RFC 6238 computes them, taken once each, within a step of drift. */
class TotpTest {

    /** The SHA-1 secret of RFC 6238's test vectors, "12345678901234567890". */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theCodesAreThoseOfRfc6238() {
        assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(59)), 8))
                .isEqualTo("94287082");
        assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(1111111109)), 8))
                .isEqualTo("07081804");
        assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(1234567890)), 8))
                .isEqualTo("89005924");
        assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(20000000000L)), 8))
                .isEqualTo("65353130");
        // apps show six digits: the last six of the same number
        assertThat(Totp.code(RFC_KEY, Totp.stepAt(Instant.ofEpochSecond(59)), 6))
                .isEqualTo("287082");
    }

    @Test
    void base32IsRfc4648AndTheSecretHas160Bits() {
        assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.decodeBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_KEY);
        assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+").isNotEqualTo(Totp.newSecret());
        assertThatThrownBy(() -> Totp.decodeBase32("GEZ1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCodeCountsWithinOneStepOfDriftAndOnlyOnce() {
        String secret = Totp.base32(RFC_KEY);
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.stepAt(now);
        String current = Totp.code(secret, step);

        assertThat(Totp.matchingStep(secret, current, now, 0)).hasValue(step);
        assertThat(Totp.matchingStep(secret, current.substring(0, 3) + " " + current.substring(3), now, 0))
                .hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, 0))
                .hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now, 0))
                .hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now, 0))
                .isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now, 0))
                .isEmpty();
        // spent: the same step again, or an older one
        assertThat(Totp.matchingStep(secret, current, now, step)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, step))
                .isEmpty();
    }

    @Test
    void whatIsNoSixDigitCodeIsRefused() {
        String secret = Totp.base32(RFC_KEY);
        Instant now = Instant.ofEpochSecond(1234567890);
        for (String typed : new String[] {"", "12345", "1234567", "abcdef", "１２３４５６", "12345x"}) {
            assertThat(Totp.matchingStep(secret, typed, now, 0)).as(typed).isEmpty();
        }
    }

    @Test
    void theAddressForTheAppNamesIssuerAccountAndSettings() {
        assertThat(Totp.otpauthUri("Kokreation Bund", "anna@beispiel.de", "GEZDGNBV"))
                .isEqualTo("otpauth://totp/Kokreation%20Bund:anna%40beispiel.de?secret=GEZDGNBV"
                        + "&issuer=Kokreation%20Bund&algorithm=SHA1&digits=6&period=30");
    }
}
