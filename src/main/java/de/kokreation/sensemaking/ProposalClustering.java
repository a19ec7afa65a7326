package de.kokreation.sensemaking;

import de.kokreation.shared.search.DocumentFrequencies;
import de.kokreation.shared.search.TermBag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Groups proposals that ask for the same thing, deterministically: the same proposals give the
 * same clusters on every node and in every run.
 *
 * <ol>
 *   <li>Each proposal's words ({@link TermBag}) are weighed by how rare they are in the
 *       consultation and normalised.
 *   <li>Its nearest neighbours are found through an inverted index of the words held by at most
 *       {@link #MAX_POSTINGS} proposals (common words find too many to compare), then compared
 *       exactly ({@link TermBag#similarity}).
 *   <li>Two proposals are joined when each is among the other's {@link #NEIGHBOURS} nearest and
 *       they are at least {@link #MIN_SIMILARITY} alike, or when they are very alike
 *       ({@link #SURE_SIMILARITY}): mutual neighbours keep a chain of loosely related proposals
 *       from growing into one cluster.
 *   <li>The joined groups of two or more are the clusters, largest first; their characteristic
 *       words are those with the highest summed weight.
 * </ol>
 *
 * Time grows with the number of proposals times the postings of their rarer words: a few seconds
 * for 30,000 proposals; memory with their words.
 */
final class ProposalClustering {

    /** Chosen on the evaluation set (ClusteringSweepTest): pairwise precision 0.87, recall 0.31. */
    static final double MIN_SIMILARITY = 0.25;

    static final double SURE_SIMILARITY = 0.5;
    static final int NEIGHBOURS = 3;

    /** The thresholds; {@link #CHOSEN} chosen on the evaluation set. */
    record Settings(double minSimilarity, double sureSimilarity, int neighbours) {}

    static final Settings CHOSEN = new Settings(MIN_SIMILARITY, SURE_SIMILARITY, NEIGHBOURS);
    static final int MAX_POSTINGS = 400;
    static final int COMPARED = 40;
    static final int CHARACTERISTIC_TERMS = 5;

    /** A proposal as clustering sees it. */
    record Item(long id, TermBag terms) {}

    /** A group of proposals (their ids in ascending order) and its characteristic terms (canonical). */
    record Cluster(List<Long> proposalIds, List<String> terms) {}

    private ProposalClustering() {}

    /** The clusters of the items; {@code progress} hears how many items were placed so far. */
    static List<Cluster> cluster(List<Item> input, DocumentFrequencies frequencies, IntConsumer progress) {
        return cluster(input, frequencies, CHOSEN, progress);
    }

    static List<Cluster> cluster(
            List<Item> input, DocumentFrequencies frequencies, Settings settings, IntConsumer progress) {
        List<Item> items = new ArrayList<>(input);
        items.sort(Comparator.comparingLong(Item::id));
        int n = items.size();
        // Normalised weights of each item.
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (Item item : items) {
            Map<String, Double> vector = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Double> entry : item.terms().weights().entrySet()) {
                double weight = entry.getValue() * frequencies.weight(entry.getKey());
                vector.put(entry.getKey(), weight);
                norm += weight * weight;
            }
            double length = Math.sqrt(norm);
            vector.replaceAll((term, weight) -> length == 0 ? 0 : weight / length);
            vectors.add(vector);
        }
        // The inverted index of the rarer words.
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String term : vectors.get(i).keySet()) {
                postings.computeIfAbsent(term, ignored -> new ArrayList<>()).add(i);
            }
        }
        postings.values().removeIf(list -> list.size() > MAX_POSTINGS);

        int[][] nearest = new int[n][];
        double[][] nearestSimilarity = new double[n][];
        double[] partial = new double[n];
        int[] touched = new int[n];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (Map.Entry<String, Double> entry : vectors.get(i).entrySet()) {
                List<Integer> list = postings.get(entry.getKey());
                if (list == null) {
                    continue;
                }
                for (int j : list) {
                    if (j == i) {
                        continue;
                    }
                    if (partial[j] == 0) {
                        touched[count++] = j;
                    }
                    partial[j] += entry.getValue() * vectors.get(j).get(entry.getKey());
                }
            }
            // The best by the rarer words, then compared on all words.
            Integer[] candidates = new Integer[count];
            for (int c = 0; c < count; c++) {
                candidates[c] = touched[c];
            }
            double[] partialOf = partial;
            Arrays.sort(
                    candidates,
                    Comparator.<Integer>comparingDouble(j -> -partialOf[j]).thenComparingInt(j -> j));
            List<int[]> best = new ArrayList<>();
            List<Double> bestSimilarity = new ArrayList<>();
            int compared = Math.min(COMPARED, count);
            double[] exact = new double[compared];
            for (int c = 0; c < compared; c++) {
                exact[c] = cosine(vectors.get(i), vectors.get(candidates[c]));
            }
            Integer[] order = new Integer[compared];
            for (int c = 0; c < compared; c++) {
                order[c] = c;
            }
            Arrays.sort(
                    order, Comparator.<Integer>comparingDouble(c -> -exact[c]).thenComparingInt(c -> candidates[c]));
            for (int c = 0; c < compared && best.size() < settings.neighbours(); c++) {
                if (exact[order[c]] >= settings.minSimilarity()) {
                    best.add(new int[] {candidates[order[c]]});
                    bestSimilarity.add(exact[order[c]]);
                }
            }
            nearest[i] = best.stream().mapToInt(pair -> pair[0]).toArray();
            nearestSimilarity[i] =
                    bestSimilarity.stream().mapToDouble(Double::doubleValue).toArray();
            for (int c = 0; c < count; c++) {
                partial[touched[c]] = 0;
            }
            progress.accept(i + 1);
        }

        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < nearest[i].length; k++) {
                int j = nearest[i][k];
                if (nearestSimilarity[i][k] >= settings.sureSimilarity() || contains(nearest[j], i)) {
                    union(parent, i, j);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), ignored -> new ArrayList<>())
                    .add(i);
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            if (members.size() < 2) {
                continue;
            }
            Map<String, Double> sum = new HashMap<>();
            for (int member : members) {
                vectors.get(member).forEach((term, weight) -> sum.merge(term, weight, Double::sum));
            }
            List<String> terms = sum.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(CHARACTERISTIC_TERMS)
                    .map(Map.Entry::getKey)
                    .toList();
            clusters.add(new Cluster(
                    members.stream()
                            .map(member -> items.get(member).id())
                            .sorted()
                            .toList(),
                    terms));
        }
        clusters.sort(Comparator.<Cluster>comparingInt(
                        cluster -> -cluster.proposalIds().size())
                .thenComparingLong(cluster -> cluster.proposalIds().getFirst()));
        return clusters;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> smaller = a.size() <= b.size() ? a : b;
        Map<String, Double> larger = smaller == a ? b : a;
        double dot = 0;
        for (Map.Entry<String, Double> entry : smaller.entrySet()) {
            Double other = larger.get(entry.getKey());
            if (other != null) {
                dot += entry.getValue() * other;
            }
        }
        return dot;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            // The smaller index becomes the root: the same input, the same trees.
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
