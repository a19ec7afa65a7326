package de.kokreation.shared.search;

import java.util.HashMap;
import java.util.Map;

/**
 * In how many texts of a collection each term occurs, synonyms counted as one term: how telling a
 * shared term is. A term found in a few texts says much about what two texts ask for; a term
 * found in most says little ({@link #weight}).
 */
public final class DocumentFrequencies {

    private static final DocumentFrequencies NONE = new DocumentFrequencies(0, Map.of());

    private final int documents;
    private final Map<String, Integer> counts;

    private DocumentFrequencies(int documents, Map<String, Integer> counts) {
        this.documents = documents;
        this.counts = counts;
    }

    /** Nothing known: every term weighs the same. */
    public static DocumentFrequencies none() {
        return NONE;
    }

    /** From the number of texts and, per stored term, the number of texts that hold it. */
    public static DocumentFrequencies of(int documents, Map<String, Integer> countsByStoredTerm) {
        Map<String, Integer> counts = new HashMap<>();
        countsByStoredTerm.forEach((term, count) -> {
            if (!SearchTerms.isPair(term)) {
                // Synonyms are summed: a text holding two of them counts twice, an overestimate that only makes the
                // group a little less telling.
                counts.merge(Synonyms.canonical(term), count, (a, b) -> Math.min(documents, a + b));
            }
        });
        return new DocumentFrequencies(documents, Map.copyOf(counts));
    }

    /** How many texts there are. */
    public int documents() {
        return documents;
    }

    /** How many texts hold the (canonical) term. */
    public int count(String term) {
        return counts.getOrDefault(term, 0);
    }

    /** How many terms are counted; for the memory the statistics hold. */
    public int terms() {
        return counts.size();
    }

    /**
     * How telling a term is: the inverse document frequency, {@code ln((N + 1) / (n + 0.5))}, at
     * least a small positive value; 1 for every term when nothing is known.
     */
    public double weight(String term) {
        if (documents == 0) {
            return 1.0;
        }
        return Math.max(0.05, Math.log((documents + 1.0) / (count(term) + 0.5)));
    }

    /**
     * Whether a term is so common that finding texts through it would find too many to compare:
     * held by more than {@code share} of the texts and by more than {@link #FEW} (a few hundred
     * texts are compared in no time, however common their words).
     */
    public boolean isCommon(String term, double share) {
        return count(term) > Math.max(share * documents, FEW);
    }

    static final int FEW = 300;
}
