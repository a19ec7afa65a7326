package de.kokreation.sensemaking;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.shared.search.DocumentFrequencies;
import de.kokreation.shared.search.SearchTerms;
import de.kokreation.shared.search.TermBag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The clustering on the evaluation set without a database: deterministic, and the thresholds
 * printed against pairwise precision and recall to choose {@link ProposalClustering#CHOSEN}.
 */
class ClusteringSweepTest {

    record Row(long id, String theme, String cluster, String title, String body) {}

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/evaluation/proposals.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            rows.add(new Row(Long.parseLong(f[0].substring(1)), f[1], f[2], f[3], f[4]));
        }
        return rows;
    }

    private static DocumentFrequencies frequencies(List<Row> rows) {
        Map<String, Integer> counts = new HashMap<>();
        for (Row row : rows) {
            Set<String> terms = new HashSet<>();
            SearchTerms.read(SearchTerms.of(row.title(), row.body()), (term, position, title) -> terms.add(term));
            terms.forEach(term -> counts.merge(term, 1, Integer::sum));
        }
        return DocumentFrequencies.of(rows.size(), counts);
    }

    private static double[] evaluate(
            List<Row> rows, DocumentFrequencies frequencies, ProposalClustering.Settings settings) {
        long tp = 0;
        long predicted = 0;
        long actual = 0;
        Map<String, List<Row>> byTheme = new HashMap<>();
        rows.forEach(row -> byTheme.computeIfAbsent(row.theme(), ignored -> new ArrayList<>())
                .add(row));
        for (List<Row> theme : byTheme.values()) {
            List<ProposalClustering.Item> items = theme.stream()
                    .map(row -> new ProposalClustering.Item(row.id(), TermBag.of(row.title(), row.body())))
                    .toList();
            Map<Long, Integer> clusterOf = new HashMap<>();
            int label = 0;
            for (ProposalClustering.Cluster cluster :
                    ProposalClustering.cluster(items, frequencies, settings, done -> {})) {
                label++;
                for (long id : cluster.proposalIds()) {
                    clusterOf.put(id, label);
                }
            }
            for (int i = 0; i < theme.size(); i++) {
                for (int j = i + 1; j < theme.size(); j++) {
                    boolean same = theme.get(i).cluster().equals(theme.get(j).cluster());
                    Integer a = clusterOf.get(theme.get(i).id());
                    boolean together =
                            a != null && a.equals(clusterOf.get(theme.get(j).id()));
                    actual += same ? 1 : 0;
                    predicted += together ? 1 : 0;
                    tp += same && together ? 1 : 0;
                }
            }
        }
        return new double[] {predicted == 0 ? 0 : (double) tp / predicted, (double) tp / actual};
    }

    @Test
    void theSameProposalsGiveTheSameClusters() throws IOException {
        List<Row> rows = rows();
        DocumentFrequencies frequencies = frequencies(rows);
        List<ProposalClustering.Item> items = rows.stream()
                .map(row -> new ProposalClustering.Item(row.id(), TermBag.of(row.title(), row.body())))
                .toList();
        List<ProposalClustering.Item> reversed = new ArrayList<>(items);
        java.util.Collections.reverse(reversed);
        assertThat(ProposalClustering.cluster(reversed, frequencies, done -> {}))
                .isEqualTo(ProposalClustering.cluster(items, frequencies, done -> {}));
    }

    @Test
    void sweep() throws IOException {
        List<Row> rows = rows();
        DocumentFrequencies frequencies = frequencies(rows);
        for (double minimum : new double[] {0.2, 0.25, 0.3, 0.35, 0.4}) {
            for (double sure : new double[] {0.4, 0.5, 0.6, 1.1}) {
                for (int neighbours : new int[] {1, 2, 3, 4, 6}) {
                    double[] figures =
                            evaluate(rows, frequencies, new ProposalClustering.Settings(minimum, sure, neighbours));
                    System.out.printf(
                            Locale.ROOT,
                            "clustersweep min %.2f sure %.2f k %d precision %.3f recall %.3f%n",
                            minimum,
                            sure,
                            neighbours,
                            figures[0],
                            figures[1]);
                }
            }
        }
        double[] chosen = evaluate(rows, frequencies, ProposalClustering.CHOSEN);
        System.out.printf(Locale.ROOT, "clusterchosen precision %.3f recall %.3f%n", chosen[0], chosen[1]);
    }
}
