package de.kokreation.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PermalinksTest {

    @Test
    void buildsReadablePermalinks() {
        assertThat(Permalinks.themeGroup("nrw-2018", "offene-daten"))
                .isEqualTo("/konsultationen/nrw-2018/themen/offene-daten");
        assertThat(Permalinks.proposal(42)).isEqualTo("/vorschlaege/42");
        assertThat(Permalinks.joinAndReturnTo("/vorschlaege/42")).isEqualTo("/mitmachen?ziel=%2Fvorschlaege%2F42");
    }

    @Test
    void acceptsOnlyLocalRedirectTargets() {
        assertThat(Permalinks.isLocalPath("/vorschlaege/1")).isTrue();
        assertThat(Permalinks.isLocalPath("//evil.example/")).isFalse();
        assertThat(Permalinks.isLocalPath("https://evil.example/")).isFalse();
        assertThat(Permalinks.isLocalPath("/\\evil.example")).isFalse();
        assertThat(Permalinks.isLocalPath("javascript:alert(1)")).isFalse();
    }
}
