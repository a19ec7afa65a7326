package de.kokreation.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Comparing texts: shared rare words make two texts alike, shared common words do not; synonyms,
 * word forms and compound parts meet; the bag of a text being written equals the bag of its
 * stored terms.
 */
class TermBagTest {

    /** A small open-data consultation: "Daten" and "öffnen" are in most proposals. */
    private static final List<String[]> COLLECTION = List.of(
            new String[] {"Verkehrsdaten öffnen", "Die Daten der Verkehrsbetriebe sollen offen sein."},
            new String[] {"Umweltdaten öffnen", "Messdaten zu Luft und Wasser öffnen."},
            new String[] {"Haushaltsdaten öffnen", "Alle Daten des Haushalts maschinenlesbar öffnen."},
            new String[] {"Geodaten öffnen", "Karten und Daten der Vermessung öffnen."},
            new String[] {"Daten der Schulen öffnen", "Daten zu Schulen und Kitas öffnen."},
            new String[] {"Lobbyregister einführen", "Ein Register aller Treffen mit Abgeordneten."},
            new String[] {"Offene Daten überall", "Die Verwaltung soll ihre Daten öffnen."},
            new String[] {"Radwege ausbauen", "Mehr sichere Radwege in der Stadt."});

    private static DocumentFrequencies frequencies() {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] text : COLLECTION) {
            Set<String> terms = new HashSet<>();
            SearchTerms.read(SearchTerms.of(text[0], text[1]), (term, position, title) -> terms.add(term));
            terms.forEach(term -> counts.merge(term, 1, Integer::sum));
        }
        return DocumentFrequencies.of(COLLECTION.size(), counts);
    }

    private static double similarity(String firstTitle, String firstBody, String secondTitle, String secondBody) {
        return TermBag.of(firstTitle, firstBody).similarity(TermBag.of(secondTitle, secondBody), frequencies());
    }

    @Test
    void sharedCommonWordsDoNotMakeTextsAlikeButSharedRareWordsDo() {
        double nearMiss = similarity("Verkehrsdaten öffnen", "", "Umweltdaten öffnen", "");
        double paraphrase = similarity("Verkehrsdaten öffnen", "", "Daten über den Verkehr veröffentlichen", "");
        assertThat(paraphrase).isGreaterThan(nearMiss * 2);
        assertThat(nearMiss).isLessThan(0.3);
        assertThat(paraphrase).isGreaterThan(0.3);
    }

    @Test
    void synonymsWordFormsAndLanguagesMeet() {
        assertThat(similarity("Protokolle offenlegen", "", "Veröffentlichung der Protokolle", ""))
                .isGreaterThan(0.9);
        assertThat(similarity("Mehr Radwege", "", "We need more bike lanes for the city", ""))
                .isPositive();
        assertThat(similarity("Radwege", "", "Lobbyregister", "")).isZero();
    }

    @Test
    void theBagOfATextEqualsTheBagOfItsStoredTerms() {
        String title = "Haushaltsdaten der Stadt veröffentlichen";
        String body = "Jede Ausgabe soll als offene Daten erscheinen, auch die Daten der Stadtwerke.";
        TermBag written = TermBag.of(title, body);
        TermBag stored = TermBag.ofStored(SearchTerms.of(title, body));
        assertThat(written.similarity(stored, DocumentFrequencies.none()))
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(written.terms())
                .contains("haushalt", "dat", "ausgab")
                .doesNotContain("haushaltsdat")
                .noneMatch(term -> term.contains(" "));
    }

    @Test
    void theMostTellingTermsLeaveOutTheCommonOnesOfALargeCollection() {
        DocumentFrequencies large = DocumentFrequencies.of(10_000, Map.of("dat", 5_000, "verkehr", 20, "offn", 3_000));
        List<String> telling = TermBag.of("Verkehrsdaten öffnen", "").mostTelling(5, large, 0.05);
        assertThat(telling).contains("verkehr").doesNotContain("dat");
        // In a small collection every text is compared: nothing is too common.
        assertThat(TermBag.of("Verkehrsdaten öffnen", "").mostTelling(5, frequencies(), 0.05))
                .contains("dat");
    }

    @Test
    void storedTermsAreReadWithPositionsAndTitleMarks() {
        List<String> read = new ArrayList<>();
        SearchTerms.read(
                "'a''b':1A,3 'c\\\\d':2 'e f':1A",
                (term, position, title) -> read.add(term + "@" + position + (title ? "A" : "")));
        assertThat(read).containsExactly("a'b@1A", "a'b@3", "c\\d@2", "e f@1A");
    }
}
