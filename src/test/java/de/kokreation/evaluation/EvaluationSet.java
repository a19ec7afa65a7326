package de.kokreation.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The German evaluation set in {@code src/test/resources/evaluation}: realistic proposals of one
 * consultation in five theme groups, each labelled with what it asks for (its cluster: the same
 * label, the same ask), pairs that share words but ask for different things, and search queries
 * with judged results (2: what the query seeks, 1: partly).
 */
record EvaluationSet(List<Item> proposals, List<NearMiss> nearMisses, List<Query> queries) {

    record Item(String id, String theme, String cluster, String title, String body) {}

    record NearMiss(String first, String second) {}

    record Query(String text, Map<String, Integer> grades, String kind) {}

    static EvaluationSet load() {
        List<Item> proposals = rows("proposals.tsv", 5).stream()
                .map(row -> new Item(row[0], row[1], row[2], row[3], row[4]))
                .toList();
        List<NearMiss> nearMisses = rows("near-misses.tsv", 2).stream()
                .map(row -> new NearMiss(row[0], row[1]))
                .toList();
        List<Query> queries = rows("queries.tsv", 3).stream()
                .map(row -> new Query(row[0], grades(row[1]), row[2]))
                .toList();
        return new EvaluationSet(proposals, nearMisses, queries);
    }

    Map<String, Item> byId() {
        return proposals.stream()
                .collect(Collectors.toMap(Item::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The other proposals that ask for the same thing. */
    List<String> sameAsk(Item item) {
        return proposals.stream()
                .filter(other ->
                        other.cluster().equals(item.cluster()) && !other.id().equals(item.id()))
                .map(Item::id)
                .toList();
    }

    private static Map<String, Integer> grades(String judged) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (String entry : judged.split(",")) {
            String[] parts = entry.strip().split(":");
            if (parts.length == 2) {
                grades.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
            }
        }
        return grades;
    }

    private static List<String[]> rows(String file, int minimumFields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in =
                        Objects.requireNonNull(EvaluationSet.class.getResourceAsStream("/evaluation/" + file), file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length < minimumFields) {
                    throw new IllegalStateException(file + ": too few fields in " + line);
                }
                rows.add(fields);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return rows;
    }
}
