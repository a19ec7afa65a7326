package de.kokreation.shared.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The terms stored texts hold, for catching a typo: a typed word whose terms no text holds is
 * also looked for in the stored terms one edit away (a letter added, left out, changed, or two
 * neighbours swapped), for words of at least {@link #MIN_LENGTH} letters, where one slip still
 * leaves the word recognisable.
 */
public final class Vocabulary {

    public static final int MIN_LENGTH = 6;

    private static final Vocabulary NONE = new Vocabulary(List.of());

    private final NavigableSet<String> terms = new TreeSet<>();
    private final Map<Integer, List<String>> byLength = new HashMap<>();

    private Vocabulary(Collection<String> storedTerms) {
        for (String term : storedTerms) {
            if (!SearchTerms.isPair(term)) {
                terms.add(term);
                byLength.computeIfAbsent(term.length(), ignored -> new ArrayList<>())
                        .add(term);
            }
        }
    }

    public static Vocabulary of(Collection<String> storedTerms) {
        return new Vocabulary(storedTerms);
    }

    /** No terms known: nothing is corrected. */
    public static Vocabulary none() {
        return NONE;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public int size() {
        return terms.size();
    }

    /** Whether a stored text holds the term, or (for a prefix) a term that begins with it. */
    public boolean knows(String term, boolean asPrefix) {
        if (!asPrefix) {
            return terms.contains(term);
        }
        String next = terms.ceiling(term);
        return next != null && next.startsWith(term);
    }

    /** Endings a typed word may carry beyond its stored stem: a typo before them is a typo in the stem. */
    private static final List<String> ENDINGS = List.of("e", "en", "n", "s", "es", "er", "ern");

    /**
     * The stored terms one edit away from the stem of a typed word, or from the folded word with
     * one of the usual endings taken off (a typo can keep the stemmer from finding the ending),
     * at most {@code limit}, in alphabetical order.
     */
    public List<String> near(String stem, String foldedWord, int limit) {
        TreeSet<String> bases = new TreeSet<>();
        bases.add(stem);
        bases.add(foldedWord);
        for (String ending : ENDINGS) {
            if (foldedWord.endsWith(ending) && foldedWord.length() - ending.length() >= MIN_LENGTH - 1) {
                bases.add(foldedWord.substring(0, foldedWord.length() - ending.length()));
            }
        }
        TreeSet<String> near = new TreeSet<>();
        for (String base : bases) {
            if (base.length() < MIN_LENGTH - 1) {
                continue;
            }
            for (int length = base.length() - 1; length <= base.length() + 1; length++) {
                for (String candidate : byLength.getOrDefault(length, List.of())) {
                    if (oneEditApart(base, candidate)) {
                        near.add(candidate);
                    }
                }
            }
        }
        return near.stream().limit(limit).toList();
    }

    /** Whether two different words are one insertion, deletion, substitution or swap of neighbours apart. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int start = 0;
        int shorter = Math.min(a.length(), b.length());
        while (start < shorter && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int restA = endA - start;
        int restB = endB - start;
        if (restA + restB == 1) {
            return true; // one letter added or left out
        }
        if (restA == 1 && restB == 1) {
            return true; // one letter changed
        }
        return restA == 2
                && restB == 2
                && a.charAt(start) == b.charAt(start + 1)
                && a.charAt(start + 1) == b.charAt(start); // two neighbours swapped
    }
}
