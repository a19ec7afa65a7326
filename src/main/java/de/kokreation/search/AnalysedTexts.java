package de.kokreation.search;

import de.kokreation.shared.search.SearchTerms;
import de.kokreation.shared.search.TextQuery;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stored terms ({@link SearchTerms}) of texts searched in memory because they are few (draft
 * commitments, consultations): analysed once per text and kept per node, keyed by what they
 * are and compared by the text itself, so a changed text is analysed again on every node and
 * nodes never disagree. Bounded: forgotten as a whole beyond {@link #MAX_TEXTS}.
 */
final class AnalysedTexts {

    static final int MAX_TEXTS = 20_000;

    private record Analysed(String title, String body, TextQuery.Positions terms) {}

    private final Map<String, Analysed> texts = new ConcurrentHashMap<>();

    /** The analysed terms of the title and body of the text known as {@code key}, read for scoring. */
    TextQuery.Positions termsOf(String key, String title, String body) {
        Analysed known = texts.get(key);
        if (known != null && known.title().equals(title) && known.body().equals(body)) {
            return known.terms();
        }
        if (texts.size() >= MAX_TEXTS) {
            texts.clear();
        }
        Analysed analysed = new Analysed(title, body, TextQuery.Positions.of(SearchTerms.of(title, body)));
        texts.put(key, analysed);
        return analysed.terms();
    }
}
