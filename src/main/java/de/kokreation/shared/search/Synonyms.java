package de.kokreation.shared.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Words that ask for the same thing ({@code offenlegen}, {@code veröffentlichen}, {@code publish}),
 * as analysed terms: each term of a group stands for the group's first. Loaded once from
 * {@code search/synonyms-de.txt}; each word is analysed as German and as English, so the terms of
 * texts in either language meet.
 */
final class Synonyms {

    private static final Map<String, String> CANONICAL = load();
    private static final Map<String, List<String>> MEMBERS = members();

    private Synonyms() {}

    /** The term that stands for this term's group, or the term itself. */
    static String canonical(String term) {
        return CANONICAL.getOrDefault(term, term);
    }

    /** Whether the term belongs to a group of synonyms. */
    static boolean isKnown(String term) {
        return CANONICAL.containsKey(term) || MEMBERS.containsKey(term);
    }

    /** The terms a canonical term stands for, itself first. */
    static List<String> members(String canonical) {
        return MEMBERS.getOrDefault(canonical, List.of(canonical));
    }

    private static Map<String, List<String>> members() {
        Map<String, List<String>> members = new HashMap<>();
        CANONICAL.forEach(
                (term, canonical) -> members.computeIfAbsent(canonical, first -> new ArrayList<>(List.of(first)))
                        .add(term));
        // A fixed order (the map's is not): the queries made of the members stay the same each run.
        members.replaceAll((canonical, terms) -> Stream.concat(
                        Stream.of(canonical), terms.stream().skip(1).sorted())
                .toList());
        return Map.copyOf(members);
    }

    private static Map<String, String> load() {
        Map<String, String> canonical = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(
                        Synonyms.class.getResourceAsStream("/search/synonyms-de.txt"), "search/synonyms-de.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> terms = new ArrayList<>();
                for (String word : line.split(",")) {
                    for (SearchAnalysis.Language language : SearchAnalysis.Language.values()) {
                        for (SearchAnalysis.Word analysed : SearchAnalysis.words(word.strip(), language)) {
                            terms.add(analysed.whole());
                        }
                    }
                }
                if (terms.isEmpty()) {
                    continue;
                }
                String first = terms.getFirst();
                for (String term : terms) {
                    // A term in two groups keeps its first: the file is read from the top.
                    canonical.putIfAbsent(term, first);
                }
            }
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
        canonical.entrySet().removeIf(entry -> entry.getKey().equals(entry.getValue()));
        return Map.copyOf(canonical);
    }
}
