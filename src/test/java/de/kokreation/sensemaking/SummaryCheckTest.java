package de.kokreation.sensemaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryCheckTest {

    private static final Map<String, String> SOURCES = Map.of(
            "P1", "Lobbyregister für den Landtag\nAlle Treffen von Lobbyisten mit Abgeordneten öffentlich eintragen.",
            "P2", "Lobbyregister einführen\nEin öffentliches Register für Lobbyisten und ihre Treffen im Landtag.",
            "K7", "Auch die Ministerien sollen ihre Termine mit Verbänden veröffentlichen.");

    @Test
    void sentencesTheirSourcesSupportAreKept() {
        SummaryCheck.Checked checked = SummaryCheck.check("""
                {"sentences": [
                  {"text": "Mehrere Vorschläge fordern ein öffentliches Lobbyregister für den Landtag.", "sources": ["P1", "P2"]},
                  {"text": "Ein Kommentar will auch die Termine der Ministerien mit Verbänden veröffentlichen.", "sources": ["k7"]}
                ]}""", SOURCES);

        assertThat(checked.kept()).hasSize(2);
        assertThat(checked.kept().get(1).sources()).containsExactly("K7");
        assertThat(checked.removed()).isZero();
    }

    @Test
    void claimsNoSourceSupportsAreRemoved() {
        SummaryCheck.Checked checked = SummaryCheck.check("""
                ```json
                {"sentences": [
                  {"text": "Die Vorschläge fordern ein Lobbyregister.", "sources": ["P1"]},
                  {"text": "Die Kosten liegen bei zwei Millionen Euro jährlich für die Verwaltung.", "sources": ["P1", "P2"]},
                  {"text": "Ein Lobbyregister für den Landtag.", "sources": ["P99"]},
                  {"text": "Ein Lobbyregister für den Landtag.", "sources": []},
                  {"text": "", "sources": ["P1"]},
                  {"text": "Lobbyregister; DROP TABLE proposal;", "sources": ["P1'; --"]}
                ]}
                ```""", SOURCES);

        assertThat(checked.kept())
                .extracting(SummaryCheck.Sentence::text)
                .containsExactly("Die Vorschläge fordern ein Lobbyregister.");
        assertThat(checked.removed()).isEqualTo(5);
    }

    @Test
    void anAnswerThatIsNoSummaryIsUnreadable() {
        assertThatThrownBy(() -> SummaryCheck.check("Ich kann dabei nicht helfen.", SOURCES))
                .isInstanceOf(SummaryCheck.Unreadable.class);
        assertThatThrownBy(() -> SummaryCheck.check("{\"sentences\": \"keine\"}", SOURCES))
                .isInstanceOf(SummaryCheck.Unreadable.class);
        assertThatThrownBy(() -> SummaryCheck.check("{\"sentences\": [", SOURCES))
                .isInstanceOf(SummaryCheck.Unreadable.class);
    }

    @Test
    void atMostSixSentencesAreKept() {
        String sentence = "{\"text\": \"Ein öffentliches Lobbyregister.\", \"sources\": [\"P2\"]}";
        String answer = "{\"sentences\": [" + String.join(",", java.util.Collections.nCopies(8, sentence)) + "]}";

        SummaryCheck.Checked checked = SummaryCheck.check(answer, SOURCES);

        assertThat(checked.kept()).hasSize(SummaryCheck.MAX_SENTENCES);
        // Left out for length, not for want of support.
        assertThat(checked.removed()).isZero();
    }
}
