package de.kokreation.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.NewConsultation;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.consultation.Timeline;
import de.kokreation.proposal.OutcomeFilter;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.SimilarProposals;
import de.kokreation.proposal.reads.ProposalTermStatistics;
import de.kokreation.proposal.reads.SimilarProposalSearch;
import de.kokreation.search.SearchService;
import de.kokreation.sensemaking.ClusterService;
import de.kokreation.shared.search.TermBag;
import de.kokreation.shell.Formats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The German evaluation set ({@link EvaluationSet}) through the product: search quality (nDCG@10,
 * recall@10) and similar proposals while writing (precision and recall of the at most five hints,
 * false alarms on near misses), each next to a naive baseline measured in the same run (ranking by
 * shared title words). Writes the figures to {@code target/evaluation/sensemaking-<database>.md}
 * and fails when the product is not clearly better than the baseline or falls below the floors the
 * README quotes.
 */
@IntegrationTest
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SensemakingEvaluationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ProposalService proposalService;

    @Autowired
    SearchService search;

    @Autowired
    SimilarProposalSearch similarSearch;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ProposalTermStatistics statistics;

    @Autowired
    ClusterService clusterService;

    @Autowired
    javax.sql.DataSource dataSource;

    private final EvaluationSet set = EvaluationSet.load();
    private final Map<String, Long> idOf = new HashMap<>();
    private final Map<Long, String> evaluationIdOf = new HashMap<>();
    private final Map<String, Long> themeGroupOf = new HashMap<>();
    private final Map<String, Double> figures = new LinkedHashMap<>();
    private String consultationSlug = "";

    @BeforeAll
    void loadTheSet() {
        int n = Fixtures.next();
        consultationSlug = "evaluation-" + n;
        LocalDate today = LocalDate.now(Formats.ZONE);
        List<String> themes = set.proposals().stream()
                .map(EvaluationSet.Item::theme)
                .distinct()
                .toList();
        fixtures.asAdmin(() -> consultations.createConsultation(new NewConsultation(
                consultationSlug,
                "Evaluation " + n,
                "Testland",
                "Die Evaluationsmenge.",
                new Timeline(
                        today.minusDays(20),
                        today.minusDays(5),
                        today.plusDays(20),
                        today.plusDays(40),
                        today.plusDays(60)),
                themes.stream()
                        .map(theme -> new NewConsultation.NewThemeGroup(theme, theme, "Themenfeld " + theme, Set.of()))
                        .toList())));
        ConsultationDetails consultation = consultations.getConsultation(consultationSlug);
        Map<String, Long> groupBySlug = consultation.themeGroups().stream()
                .collect(Collectors.toMap(ThemeGroupSummary::slug, ThemeGroupSummary::id));
        List<UserAccount> authors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            authors.add(fixtures.citizen());
        }
        int i = 0;
        for (EvaluationSet.Item item : set.proposals()) {
            long groupId = groupBySlug.get(item.theme());
            UserAccount author = authors.get(i++ % authors.size());
            long id = fixtures.as(
                    author, () -> proposalService.submit(groupId, new ProposalDraft(item.title(), item.body())));
            idOf.put(item.id(), id);
            evaluationIdOf.put(id, item.id());
            themeGroupOf.put(item.id(), groupId);
        }
        // Counted again with the set's words: for typos and how telling a word is.
        statistics.forget();
    }

    @AfterAll
    void writeFigures() throws IOException {
        StringBuilder markdown = new StringBuilder("# Sensemaking evaluation (" + database() + ")\n\n");
        markdown.append("| Measure | Kokreation | Baseline (title word overlap) |\n|---|---|---|\n");
        Set<String> measures = new LinkedHashSet<>();
        figures.keySet().forEach(key -> measures.add(key.substring(key.indexOf(' ') + 1)));
        for (String measure : measures) {
            markdown.append("| ")
                    .append(measure)
                    .append(" | ")
                    .append(format(figures.get("product " + measure)))
                    .append(" | ")
                    .append(format(figures.get("baseline " + measure)))
                    .append(" |\n");
        }
        Path file = Path.of("target/evaluation/sensemaking-" + database() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown);
        System.out.println(markdown);
    }

    private String database() {
        return de.kokreation.shared.search.TextQuery.Dialect.of(dataSource)
                .name()
                .toLowerCase(Locale.ROOT);
    }

    private static String format(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    private void record(String measure, double product, double baseline) {
        figures.put("product " + measure, product);
        figures.put("baseline " + measure, baseline);
    }

    // --- search ---------------------------------------------------------------------------------

    private List<String> searched(String text) {
        SearchService.Page page = search.search(new SearchService.Request(
                text,
                consultationSlug,
                null,
                SearchService.Kind.PROPOSAL,
                OutcomeFilter.ALL,
                SearchService.Order.RELEVANCE,
                1));
        return page.results().stream()
                .map(result -> evaluationIdOf.get(
                        Long.parseLong(result.link().substring(result.link().lastIndexOf('/') + 1))))
                .toList();
    }

    /** The naive baseline: proposals ranked by how many of the query's words their title holds. */
    private List<String> byTitleWords(String text) {
        Set<String> words = words(text);
        return set.proposals().stream()
                .map(item -> Map.entry(item.id(), overlap(words, words(item.title()))))
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.GERMAN).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> word.length() >= 3)
                .collect(Collectors.toSet());
    }

    private static int overlap(Set<String> first, Set<String> second) {
        Set<String> common = new HashSet<>(first);
        common.retainAll(second);
        return common.size();
    }

    @Test
    void searchFindsTheJudgedProposalsBetterThanTitleWords() {
        Map<String, double[]> byKind = new TreeMap<>();
        double ndcg = 0;
        double recall = 0;
        double baselineNdcg = 0;
        double baselineRecall = 0;
        List<String> misses = new ArrayList<>();
        for (EvaluationSet.Query query : set.queries()) {
            List<String> ranked = searched(query.text());
            List<String> baseline = byTitleWords(query.text());
            double queryNdcg = RankingMetrics.ndcg(ranked, query.grades(), 10);
            double queryRecall = RankingMetrics.recall(ranked, query.grades().keySet(), 10);
            ndcg += queryNdcg;
            recall += queryRecall;
            baselineNdcg += RankingMetrics.ndcg(baseline, query.grades(), 10);
            baselineRecall += RankingMetrics.recall(baseline, query.grades().keySet(), 10);
            double[] kind = byKind.computeIfAbsent(query.kind(), ignored -> new double[3]);
            kind[0] += queryNdcg;
            kind[1] += queryRecall;
            kind[2]++;
            if (queryRecall < 1.0) {
                misses.add(query.text() + " (" + query.kind() + "): recall "
                        + String.format(Locale.ROOT, "%.2f", queryRecall) + ", top "
                        + ranked.stream().limit(10).toList() + ", judged " + query.grades());
            }
        }
        int queries = set.queries().size();
        record("search nDCG@10 (" + queries + " queries)", ndcg / queries, baselineNdcg / queries);
        record("search recall@10", recall / queries, baselineRecall / queries);
        byKind.forEach((kind, sums) -> {
            figures.put("product search nDCG@10, " + kind + " (" + (int) sums[2] + ")", sums[0] / sums[2]);
            figures.put("product search recall@10, " + kind, sums[1] / sums[2]);
        });
        misses.forEach(miss -> System.out.println("search miss: " + miss));

        assertThat(ndcg).isGreaterThan(baselineNdcg);
        assertThat(recall).isGreaterThan(baselineRecall);
        // The floors below the figures the README quotes (0.74 and 0.57 or more on both databases).
        assertThat(ndcg / queries).isGreaterThan(0.70);
        assertThat(recall / queries).isGreaterThan(0.53);
    }

    // --- similar proposals ----------------------------------------------------------------------

    private List<String> hints(EvaluationSet.Item item, boolean titleOnly) {
        List<Long> groups = new ArrayList<>(new LinkedHashSet<>(themeGroupOf.values()));
        return transactions.execute(status -> similarSearch
                .like(
                        TermBag.of(item.title(), titleOnly ? "" : item.body()),
                        groups,
                        idOf.get(item.id()),
                        SimilarProposals.MIN_SIMILARITY,
                        SimilarProposals.MAX_HINTS)
                .stream()
                .map(similar -> evaluationIdOf.get(similar.proposalId()))
                .toList());
    }

    /**
     * How precision and recall of the hints move with the threshold: printed to choose
     * {@link SimilarProposals#MIN_SIMILARITY}, not asserted.
     */
    @Test
    void thresholdSweep() {
        List<Long> groups = new ArrayList<>(new LinkedHashSet<>(themeGroupOf.values()));
        Map<String, List<SimilarProposalSearch.Similar>> scored = new HashMap<>();
        for (EvaluationSet.Item item : set.proposals()) {
            scored.put(
                    item.id(),
                    transactions.execute(status -> similarSearch.like(
                            TermBag.of(item.title(), item.body()),
                            groups,
                            idOf.get(item.id()),
                            0.05,
                            SimilarProposals.MAX_HINTS)));
        }
        for (double threshold = 0.05; threshold < 0.6; threshold += 0.05) {
            double minimum = threshold;
            double[] figures = evaluateHints(item -> scored.get(item.id()).stream()
                    .filter(similar -> similar.similarity() >= minimum)
                    .map(similar -> evaluationIdOf.get(similar.proposalId()))
                    .toList());
            System.out.printf(
                    Locale.ROOT, "sweep %.2f precision %.3f recall %.3f%n", threshold, figures[0], figures[1]);
        }
    }

    /** The naive baseline: the five proposals sharing most title words, at least one. */
    private List<String> baselineHints(EvaluationSet.Item item) {
        Set<String> words = words(item.title());
        return set.proposals().stream()
                .filter(other -> !other.id().equals(item.id()))
                .map(other -> Map.entry(other.id(), overlap(words, words(other.title()))))
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(SimilarProposals.MAX_HINTS)
                .map(Map.Entry::getKey)
                .toList();
    }

    @Test
    void similarProposalsAreFoundAndNearMissesAreNot() {
        Map<String, EvaluationSet.Item> byId = set.byId();
        double[] full = evaluateHints(item -> hints(item, false));
        double[] titleOnly = evaluateHints(item -> hints(item, true));
        double[] baseline = evaluateHints(this::baselineHints);
        record("similar, title and text: precision", full[0], baseline[0]);
        record("similar, title and text: recall@5", full[1], baseline[1]);
        record("similar, title only: precision", titleOnly[0], baseline[0]);
        record("similar, title only: recall@5", titleOnly[1], baseline[1]);

        int alarms = 0;
        int baselineAlarms = 0;
        for (EvaluationSet.NearMiss pair : set.nearMisses()) {
            EvaluationSet.Item first = byId.get(pair.first());
            EvaluationSet.Item second = byId.get(pair.second());
            if (hints(first, false).contains(second.id())
                    || hints(second, false).contains(first.id())) {
                alarms++;
                System.out.println("near miss shown: " + first.title() + " / " + second.title());
            }
            if (baselineHints(first).contains(second.id())
                    || baselineHints(second).contains(first.id())) {
                baselineAlarms++;
            }
        }
        int pairs = set.nearMisses().size();
        record(
                "similar: near misses shown (" + pairs + " pairs)",
                (double) alarms / pairs,
                (double) baselineAlarms / pairs);

        assertThat(full[0]).isGreaterThan(baseline[0]);
        assertThat(alarms).isLessThan(baselineAlarms);
        // The floors below the figures the README quotes (precision 0.84, recall 0.27, 12 % near misses).
        assertThat(full[0]).isGreaterThan(0.80);
        assertThat(full[1]).isGreaterThan(0.25);
        assertThat((double) alarms / pairs).isLessThan(0.15);
    }

    // --- clusters ---------------------------------------------------------------------------------

    @Test
    void clustersGroupTheSameAsksBetterThanTitleWords() {
        Map<String, EvaluationSet.Item> byId = set.byId();
        Map<String, Integer> predicted = new HashMap<>();
        Map<String, Integer> baseline = new HashMap<>();
        int label = 0;
        int[] fromOtherGroups = {0, 0};
        UserAccount admin = fixtures.account("Auswertung", java.util.EnumSet.of(de.kokreation.account.Role.ADMIN));
        for (long groupId : new LinkedHashSet<>(themeGroupOf.values())) {
            fixtures.as(admin, () -> {
                clusterService.compute(groupId);
                return null;
            });
            ClusterService.Overview overview = fixtures.as(admin, () -> clusterService.overview(groupId));
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (overview.status() != ClusterService.Status.DONE && System.nanoTime() < deadline) {
                sleep();
                overview = fixtures.as(admin, () -> clusterService.overview(groupId));
            }
            assertThat(overview.status()).isEqualTo(ClusterService.Status.DONE);
            for (ClusterService.Cluster cluster : overview.computed()) {
                label++;
                Map<String, Integer> asks = new HashMap<>();
                for (ClusterService.Member member : cluster.members()) {
                    if (!member.otherGroup()) {
                        predicted.put(evaluationIdOf.get(member.proposalId()), label);
                        asks.merge(
                                byId.get(evaluationIdOf.get(member.proposalId()))
                                        .cluster(),
                                1,
                                Integer::sum);
                    }
                }
                // Members from other theme groups: right when they ask what most of the cluster asks.
                String ask = asks.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey)
                        .orElse("");
                for (ClusterService.Member member : cluster.members()) {
                    if (member.otherGroup()) {
                        fromOtherGroups[0]++;
                        if (byId.get(evaluationIdOf.get(member.proposalId()))
                                .cluster()
                                .equals(ask)) {
                            fromOtherGroups[1]++;
                        }
                    }
                }
            }
            // The baseline: proposals joined when their titles share two words.
            List<EvaluationSet.Item> items = set.proposals().stream()
                    .filter(item -> themeGroupOf.get(item.id()) == groupId)
                    .toList();
            int[] parent = new int[items.size()];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (int i = 0; i < items.size(); i++) {
                for (int j = i + 1; j < items.size(); j++) {
                    if (overlap(words(items.get(i).title()), words(items.get(j).title())) >= 2) {
                        parent[root(parent, j)] = root(parent, i);
                    }
                }
            }
            for (int i = 0; i < items.size(); i++) {
                baseline.put(items.get(i).id(), 100_000 + (int) groupId * 1_000 + root(parent, i));
            }
        }
        double[] product = pairwise(predicted, byId);
        double[] naive = pairwise(baseline, byId);
        record("clusters: pairwise precision", product[0], naive[0]);
        record("clusters: pairwise recall", product[1], naive[1]);
        double otherGroupsPrecision = fromOtherGroups[0] == 0 ? 0 : (double) fromOtherGroups[1] / fromOtherGroups[0];
        figures.put(
                "product clusters: members from other groups that ask the same (of " + fromOtherGroups[0] + ")",
                otherGroupsPrecision);

        assertThat(product[0]).isGreaterThan(naive[0]);
        assertThat(product[1]).isGreaterThan(naive[1]);
        // The floors below the figures the README quotes (precision 0.87, recall 0.31).
        assertThat(product[0]).isGreaterThan(0.8);
        assertThat(product[1]).isGreaterThan(0.28);
    }

    /** Pairwise precision and recall of predicted clusters against the asks, within theme groups. */
    private double[] pairwise(Map<String, Integer> clusterOf, Map<String, EvaluationSet.Item> byId) {
        long truePositives = 0;
        long predictedPairs = 0;
        long truePairs = 0;
        List<EvaluationSet.Item> items = set.proposals();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                EvaluationSet.Item a = items.get(i);
                EvaluationSet.Item b = items.get(j);
                if (!themeGroupOf.get(a.id()).equals(themeGroupOf.get(b.id()))) {
                    continue;
                }
                boolean same = a.cluster().equals(b.cluster());
                Integer clusterA = clusterOf.get(a.id());
                boolean together = clusterA != null && clusterA.equals(clusterOf.get(b.id()));
                truePairs += same ? 1 : 0;
                predictedPairs += together ? 1 : 0;
                truePositives += same && together ? 1 : 0;
            }
        }
        return new double[] {
            predictedPairs == 0 ? 0 : (double) truePositives / predictedPairs,
            truePairs == 0 ? 0 : (double) truePositives / truePairs
        };
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** Micro precision of all hints shown, and mean recall@5 over proposals that have a duplicate. */
    private double[] evaluateHints(java.util.function.Function<EvaluationSet.Item, List<String>> hints) {
        int shown = 0;
        int right = 0;
        double recall = 0;
        int withDuplicates = 0;
        for (EvaluationSet.Item item : set.proposals()) {
            List<String> same = set.sameAsk(item);
            List<String> found = hints.apply(item);
            shown += found.size();
            right += (int) found.stream().filter(same::contains).count();
            if (!same.isEmpty()) {
                withDuplicates++;
                recall += RankingMetrics.recallAtMost(found, same, SimilarProposals.MAX_HINTS);
            }
        }
        return new double[] {shown == 0 ? 0 : (double) right / shown, recall / Math.max(1, withDuplicates)};
    }
}
