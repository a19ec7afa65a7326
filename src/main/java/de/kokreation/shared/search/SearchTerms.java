package de.kokreation.shared.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

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
    public static final int ANALYSIS_VERSION = 3;

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
        SearchAnalysis.Word previous = null;
        for (SearchAnalysis.Word word : titleWords) {
            add(positions, word, previous, word.position(), "A");
            offset = word.position();
            previous = word;
        }
        previous = null;
        for (SearchAnalysis.Word word : SearchAnalysis.words(body, language)) {
            add(positions, word, previous, offset + 1 + word.position(), "");
            previous = word;
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

    /**
     * Adds a word's terms at its position, and the pair it forms with the word before (see
     * {@link #pair}) at the position of that word.
     */
    private static void add(
            Map<String, List<String>> positions,
            SearchAnalysis.Word word,
            SearchAnalysis.@Nullable Word previous,
            int position,
            String weight) {
        String at = Math.min(position, MAX_POSITION) + weight;
        if (previous != null) {
            String pairAt = Math.min(position - (word.position() - previous.position()), MAX_POSITION) + weight;
            List<String> list =
                    positions.computeIfAbsent(pair(previous.whole(), word.whole()), ignored -> new ArrayList<>());
            if (list.size() < MAX_POSITIONS_PER_TERM && !list.contains(pairAt)) {
                list.add(pairAt);
            }
        }
        for (String term : word.terms()) {
            List<String> list = positions.computeIfAbsent(term, ignored -> new ArrayList<>());
            if (list.size() < MAX_POSITIONS_PER_TERM && !list.contains(at)) {
                list.add(at);
            }
        }
    }

    /**
     * Two words that follow each other (stop words between them aside), as one term: a quoted
     * phrase of common words is then found through the index by its rare pairs instead of
     * checking the positions of every text that has its words. The space keeps it apart from
     * every word, which never holds one.
     */
    static String pair(String first, String second) {
        return first + " " + second;
    }

    /** Whether a stored term is a pair of words ({@link #pair}) rather than a word. */
    public static boolean isPair(String term) {
        return term.indexOf(' ') >= 0;
    }

    /** Receives each stored term at each of its positions, and whether it stands in the title. */
    @FunctionalInterface
    public interface Visitor {
        void term(String term, int position, boolean title);
    }

    /** Reads stored terms (PostgreSQL's text form of a {@code tsvector}) term by term and position by position. */
    public static void read(String stored, Visitor visitor) {
        int i = 0;
        int n = stored.length();
        StringBuilder term = new StringBuilder();
        while (i < n) {
            if (stored.charAt(i) != '\'') {
                i++;
                continue;
            }
            term.setLength(0);
            i++;
            while (i < n) {
                char c = stored.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    term.append(stored.charAt(i + 1));
                    i += 2;
                } else if (c == '\'' && i + 1 < n && stored.charAt(i + 1) == '\'') {
                    term.append('\'');
                    i += 2;
                } else if (c == '\'') {
                    i++;
                    break;
                } else {
                    term.append(c);
                    i++;
                }
            }
            String value = term.toString();
            if (i >= n || stored.charAt(i) != ':') {
                visitor.term(value, 0, false);
                continue;
            }
            i++;
            int number = 0;
            boolean title = false;
            while (i <= n) {
                char c = i < n ? stored.charAt(i) : ' ';
                if (Character.isDigit(c)) {
                    number = number * 10 + (c - '0');
                } else if (c == 'A') {
                    title = true;
                } else if (c == ',' || c == ' ') {
                    visitor.term(value, number, title);
                    number = 0;
                    title = false;
                    if (c == ' ') {
                        break;
                    }
                }
                i++;
            }
        }
    }

    /** A term as PostgreSQL's text form quotes it: in single quotes, with ' and \ doubled. */
    static String quoted(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
