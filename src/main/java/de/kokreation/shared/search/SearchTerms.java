package de.kokreation.shared.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a searchable row stores of its text: every analysed term with its positions, title terms
 * marked as weighing more, written in PostgreSQL's text form of a {@code tsvector}
 * ({@code 'haushalt':3A 'dat':3A 'offn':4}). PostgreSQL indexes and ranks it as such; the embedded
 * database matches the same terms in the same text. So both find exactly what the analysis made of
 * the text.
 */
public final class SearchTerms {

    /**
     * The version of the analysis: raised with every change to it (the chain, the compound
     * parts), so that stored terms of an older version are made again.
     */
    public static final int ANALYSIS_VERSION = 1;

    /** PostgreSQL keeps positions up to this one, and at most this many positions per term. */
    private static final int MAX_POSITION = 16_383;

    private static final int MAX_POSITIONS_PER_TERM = 256;

    private SearchTerms() {}

    /** The terms of a title and a body (plain text), in the language they are written in. */
    public static String of(String title, String body) {
        SearchAnalysis.Language language = SearchAnalysis.languageOf(title + " " + body);
        Map<String, List<String>> positions = new TreeMap<>();
        List<SearchAnalysis.Word> titleWords = SearchAnalysis.words(title, language);
        int offset = 0;
        for (SearchAnalysis.Word word : titleWords) {
            add(positions, word, word.position(), "A");
            offset = word.position();
        }
        for (SearchAnalysis.Word word : SearchAnalysis.words(body, language)) {
            add(positions, word, offset + 1 + word.position(), "");
        }
        StringBuilder terms = new StringBuilder();
        positions.forEach((term, at) -> {
            if (!terms.isEmpty()) {
                terms.append(' ');
            }
            terms.append(quoted(term)).append(':').append(String.join(",", at));
        });
        return terms.toString();
    }

    private static void add(
            Map<String, List<String>> positions, SearchAnalysis.Word word, int position, String weight) {
        String at = Math.min(position, MAX_POSITION) + weight;
        for (String term : word.terms()) {
            List<String> list = positions.computeIfAbsent(term, ignored -> new ArrayList<>());
            if (list.size() < MAX_POSITIONS_PER_TERM && !list.contains(at)) {
                list.add(at);
            }
        }
    }

    /** A term as PostgreSQL's text form quotes it: in single quotes, with ' and \ doubled. */
    static String quoted(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
