package de.kokreation.shared.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of a text as a bag for comparing texts: every analysed word (a compound by its parts,
 * synonyms as one term, word pairs left out), counted with title words twice, weighed
 * sublinearly ({@code 1 + ln(count)}) so a repeated word does not drown the others. Made from
 * stored terms, so a text being written and a stored one are compared alike.
 */
public final class TermBag {

    private static final double TITLE_COUNT = 2.0;

    private final Map<String, Double> weights;

    private TermBag(Map<String, Double> weights) {
        this.weights = weights;
    }

    /** The bag of a title and a body being written. */
    public static TermBag of(String title, String body) {
        return ofStored(SearchTerms.of(title, body));
    }

    /** The bag of stored terms ({@link SearchTerms}). */
    public static TermBag ofStored(String storedTerms) {
        // The words at each position: a compound stands there with its parts.
        Map<Integer, List<String>> atPosition = new HashMap<>();
        Map<Integer, Boolean> inTitle = new HashMap<>();
        SearchTerms.read(storedTerms, (term, position, title) -> {
            if (!SearchTerms.isPair(term)) {
                atPosition
                        .computeIfAbsent(position, ignored -> new ArrayList<>())
                        .add(term);
                inTitle.merge(position, title, Boolean::logicalOr);
            }
        });
        Map<String, Double> counts = new HashMap<>();
        atPosition.forEach((position, terms) -> {
            double count = inTitle.get(position) ? TITLE_COUNT : 1.0;
            // A compound counts by its parts ("Echtzeitdaten": Echtzeit, Daten), which other texts
            // write apart; the whole word, longer than each part, would only dilute the comparison.
            // Unless the whole is a known synonym ("Radweg" for "Fahrradweg", "bike lane"): then it
            // stands for its group, and its parts would only add noise.
            if (terms.size() == 1) {
                counts.merge(Synonyms.canonical(terms.getFirst()), count, Double::sum);
                return;
            }
            String whole =
                    terms.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
            if (Synonyms.isKnown(whole)) {
                counts.merge(Synonyms.canonical(whole), count, Double::sum);
                return;
            }
            for (String term : terms) {
                if (!term.equals(whole)) {
                    counts.merge(Synonyms.canonical(term), count, Double::sum);
                }
            }
        });
        counts.replaceAll((term, count) -> 1.0 + Math.log(count));
        return new TermBag(Map.copyOf(counts));
    }

    /** A bag of given weights, such as the sum of several texts' bags. */
    public static TermBag ofWeights(Map<String, Double> weights) {
        return new TermBag(Map.copyOf(weights));
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The terms with their weights (before weighing by how telling they are). */
    public Map<String, Double> weights() {
        return weights;
    }

    /**
     * How a canonical term was written in a text: the first word of the text whose analysis gives
     * the term (or one of its synonyms); the term itself when none does. For labelling groups of
     * texts with words people wrote rather than stems.
     */
    public static String writtenForm(String term, List<String> texts) {
        for (String text : texts) {
            for (SearchAnalysis.Token token : SearchAnalysis.tokens(text, SearchAnalysis.languageOf(text))) {
                for (String analysed : token.terms()) {
                    if (Synonyms.canonical(analysed).equals(term)) {
                        return text.substring(token.start(), token.end());
                    }
                }
            }
        }
        return term;
    }

    /** The terms, each standing for its synonyms. */
    public Set<String> terms() {
        return weights.keySet();
    }

    /**
     * How alike two bags are, from 0 to 1: the cosine of their term weights, each term weighed by
     * how telling it is in the collection.
     */
    public double similarity(TermBag other, DocumentFrequencies frequencies) {
        if (weights.isEmpty() || other.weights.isEmpty()) {
            return 0.0;
        }
        TermBag smaller = weights.size() <= other.weights.size() ? this : other;
        TermBag larger = smaller == this ? other : this;
        double product = 0.0;
        for (Map.Entry<String, Double> entry : smaller.weights.entrySet()) {
            Double weight = larger.weights.get(entry.getKey());
            if (weight != null) {
                double telling = frequencies.weight(entry.getKey());
                product += entry.getValue() * weight * telling * telling;
            }
        }
        if (product == 0.0) {
            return 0.0;
        }
        return product / (norm(frequencies) * other.norm(frequencies));
    }

    private double norm(DocumentFrequencies frequencies) {
        double sum = 0.0;
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            double weighed = entry.getValue() * frequencies.weight(entry.getKey());
            sum += weighed * weighed;
        }
        return Math.sqrt(sum);
    }

    /**
     * The most telling terms, at most {@code limit}, leaving out those held by more than
     * {@code commonShare} of the texts (unless nothing else is left): what texts about the same
     * thing are found through.
     */
    public List<String> mostTelling(int limit, DocumentFrequencies frequencies, double commonShare) {
        Comparator<Map.Entry<String, Double>> telling =
                Comparator.comparingDouble(entry -> -entry.getValue() * frequencies.weight(entry.getKey()));
        List<String> rare = weights.entrySet().stream()
                .filter(entry -> !frequencies.isCommon(entry.getKey(), commonShare))
                .sorted(telling.thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
        if (!rare.isEmpty()) {
            return rare;
        }
        return weights.entrySet().stream()
                .sorted(telling.thenComparing(Map.Entry::getKey))
                .limit(Math.min(limit, 3))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The stored terms a canonical term stands for: itself and its synonyms. */
    public static List<String> storedForms(String term) {
        return Synonyms.members(term);
    }
}
