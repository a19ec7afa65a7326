package de.kokreation.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text for the feeds: what XML 1.0 forbids goes, everything else (umlauts, emoji, line breaks) stays. */
class FeedTextTest {

    @Test
    void controlCharactersPastedIntoATitleLeaveTheFeedWellFormed() {
        assertThat(Feeds.xmlText("Straße\u0000 mit\u0008 Ampel\u000B 😀\n\tneu\uFFFE"))
                .isEqualTo("Straße mit Ampel 😀\n\tneu");
    }
}
