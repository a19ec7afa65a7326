package de.kokreation.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static final String FILLER = "Die Verwaltung arbeitet jeden Tag an vielen Dingen. ";

    private static List<String> marks(List<Snippets.Segment> snippet) {
        return snippet.stream()
                .filter(Snippets.Segment::marked)
                .map(Snippets.Segment::text)
                .toList();
    }

    private static String text(List<Snippets.Segment> snippet) {
        return String.join("", snippet.stream().map(Snippets.Segment::text).toList());
    }

    @Test
    void aHitFarIntoALongTextIsShownAndMarkedWithTheOthersInItsWindow() {
        String text = FILLER.repeat(100) + "Das Lobbyregister muss öffentlich sein, ein Lobbyregister für alle. "
                + FILLER.repeat(100);
        List<Snippets.Segment> snippet = Snippets.of(text, TextQuery.parse("Lobbyregister"), 240);

        assertThat(marks(snippet)).containsExactly("Lobbyregister", "Lobbyregister");
        assertThat(text(snippet)).startsWith("… ").endsWith(" …").hasSizeLessThan(260);
    }

    @Test
    void wordsAtTheBorderOfTheAnalysedPiecesAreMarkedWhole() {
        for (int shift = 0; shift < 60; shift++) {
            String text = "x".repeat(shift) + " " + FILLER.repeat(11) + "Haushaltsdaten offenlegen und Haushalt prüfen";
            List<Snippets.Segment> snippet = Snippets.of(text, TextQuery.parse("Haushalt"), 240);
            assertThat(marks(snippet)).as("shift %d", shift).containsExactly("Haushaltsdaten", "Haushalt");
        }
    }

    @Test
    void withoutAHitTheBeginningIsShown() {
        List<Snippets.Segment> snippet = Snippets.of(FILLER.repeat(20), TextQuery.parse("Radweg"), 240);

        assertThat(marks(snippet)).isEmpty();
        assertThat(text(snippet)).startsWith("Die Verwaltung").endsWith(" …");
    }
}
