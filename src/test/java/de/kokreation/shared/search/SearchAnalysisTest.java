package de.kokreation.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The German analysis meets the forms people write: stems, compounds, umlaut and ß spellings. */
class SearchAnalysisTest {

    private static List<String> wholes(String text) {
        return SearchAnalysis.words(text, SearchAnalysis.Language.GERMAN).stream()
                .map(SearchAnalysis.Word::whole)
                .toList();
    }

    private static List<String> terms(String word) {
        return SearchAnalysis.words(word, SearchAnalysis.Language.GERMAN)
                .getFirst()
                .terms();
    }

    @Test
    void theVerbItsNounAndItsParticipleShareOneStem() {
        assertThat(wholes("veröffentlichen Veröffentlichung veröffentlicht Veröffentlichungen"))
                .containsOnly("veroffentlich");
        assertThat(wholes("beteiligen Beteiligung")).containsOnly("beteilig");
    }

    @Test
    void umlautsAndSharpSAreFoldedWhicheverWayTheyAreTyped() {
        assertThat(wholes("öffentlich oeffentlich Oeffentlich"))
                .containsOnly(wholes("öffentlich").getFirst());
        assertThat(wholes("Straße Strasse STRASSE"))
                .containsOnly(wholes("Straße").getFirst());
    }

    @Test
    void compoundsCarryTheirPartsAtTheSamePosition() {
        assertThat(terms("Haushaltsdaten"))
                .contains(wholes("Haushalt").getFirst(), wholes("Daten").getFirst());
        assertThat(terms("Informationsfreiheitsgesetz"))
                .contains(
                        wholes("Information").getFirst(),
                        wholes("Freiheit").getFirst(),
                        wholes("Gesetz").getFirst());
        assertThat(SearchAnalysis.words("offene Haushaltsdaten", SearchAnalysis.Language.GERMAN))
                .extracting(SearchAnalysis.Word::position)
                .containsExactly(1, 2);
    }

    @Test
    void aWordIsSplitOnlyWhenKnownPartsCoverItWhole() {
        assertThat(terms("Beratung")).hasSize(1);
        assertThat(terms("Haushalt")).hasSize(1);
        assertThat(terms("Verkehrsdaten")).doesNotContain(wholes("Umwelt").getFirst());
    }

    @Test
    void stopWordsAreLeftOutAndKeepTheirPlace() {
        assertThat(SearchAnalysis.words("Recht auf Auskunft", SearchAnalysis.Language.GERMAN))
                .extracting(SearchAnalysis.Word::position)
                .containsExactly(1, 3);
    }

    @Test
    void englishTextIsRecognisedAndAnalysedAsEnglish() {
        assertThat(SearchAnalysis.languageOf("Publish the budget data of all the cities as open data"))
                .isEqualTo(SearchAnalysis.Language.ENGLISH);
        assertThat(SearchAnalysis.languageOf("Die Haushaltsdaten aller Städte als offene Daten veröffentlichen"))
                .isEqualTo(SearchAnalysis.Language.GERMAN);
        assertThat(SearchAnalysis.words("publishing published", SearchAnalysis.Language.ENGLISH))
                .extracting(SearchAnalysis.Word::whole)
                .containsOnly("publish");
    }

    @Test
    void theStoredTermsMarkTitleWordsAndQuoteForPostgres() {
        String terms = SearchTerms.of("Offene Haushaltsdaten", "Alle Daten der Stadt");
        assertThat(terms).contains("'haushalt':2A").contains("'stadt':");
        assertThat(terms).as("word pairs for phrases, at the first word").contains("'off haushaltsdat':1A");
        assertThat(SearchTerms.quoted("don't")).isEqualTo("'don''t'");
    }
}
