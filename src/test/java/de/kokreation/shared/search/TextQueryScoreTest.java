package de.kokreation.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a text's stored terms score for a query, as texts searched in Java and on H2 are ranked. */
class TextQueryScoreTest {

    @Test
    void aWordAsTypedRanksAboveTheLongerWordsItBegins() {
        TextQuery query = TextQuery.parse("Quorx");
        double asTyped = query.score(SearchTerms.of("Quorx für alle", "Ein Vorschlag."));
        double longer = query.score(SearchTerms.of("Quorxel für alle", "Ein Vorschlag."));

        assertThat(longer).as("found as the beginning of a longer word").isPositive();
        assertThat(asTyped).isGreaterThan(longer);
    }

    @Test
    void aTitleStillOutweighsTheWordAsTypedInTheText() {
        TextQuery query = TextQuery.parse("Quorx");
        double inText = query.score(SearchTerms.of("Ein Vorschlag", "Quorx für alle."));
        double longerInTitle = query.score(SearchTerms.of("Quorxel für alle", "Ein Vorschlag."));

        assertThat(longerInTitle).isGreaterThan(inText);
    }
}
