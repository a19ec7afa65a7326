package de.kokreation.benchmark;

import java.util.Locale;

/**
 * The size of the generated consultation. {@code national} is the target size; {@code small}
 * checks the harness in a few minutes, and its largest theme group (30 %) holds about 1,000
 * proposals, the second size for clustering.
 */
record BenchmarkScale(
        String name,
        int proposals,
        int comments,
        int votes,
        int users,
        int voteSeconds,
        int listIterations,
        int pageIterations,
        int exportRuns,
        int reportRuns,
        int sessions) {

    static BenchmarkScale named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "national" ->
                new BenchmarkScale("national", 100_000, 1_000_000, 3_000_000, 250_000, 30, 200, 200, 2, 1, 1_000);
            case "small" -> new BenchmarkScale("small", 3_400, 34_000, 102_000, 8_500, 10, 200, 200, 3, 1, 1_000);
            case "tiny" -> new BenchmarkScale("tiny", 300, 3_000, 6_000, 800, 3, 50, 50, 2, 1, 100);
            default -> throw new IllegalArgumentException("benchmark.scale must be national, small or tiny: " + name);
        };
    }
}
