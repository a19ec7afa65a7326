package de.kokreation.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The measures of the evaluation, as information retrieval defines them. */
final class RankingMetrics {

    private RankingMetrics() {}

    /** Normalised discounted cumulative gain of the first {@code k} results, gains {@code 2^grade - 1}. */
    static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double dcg = 0.0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
        double idcg = 0.0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0.0 ? 0.0 : dcg / idcg;
    }

    /** Which share of the relevant results (any grade) are among the first {@code k}. */
    static double recall(List<String> ranked, Collection<String> relevant, int k) {
        if (relevant.isEmpty()) {
            return 1.0;
        }
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) found / relevant.size();
    }

    /** Like {@link #recall}, but out of at most {@code k}: a list of {@code k} cannot hold more. */
    static double recallAtMost(List<String> ranked, Collection<String> relevant, int k) {
        if (relevant.isEmpty()) {
            return 1.0;
        }
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) found / Math.min(k, relevant.size());
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
