package de.kokreation.sensemaking;

import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobCancelledException;
import de.kokreation.jobs.JobKind;
import de.kokreation.jobs.JobProgress;
import de.kokreation.jobs.JobRequest;
import de.kokreation.jobs.JobStatus;
import de.kokreation.proposal.reads.ProposalTermRows;
import de.kokreation.proposal.reads.ProposalTermStatistics;
import de.kokreation.shared.search.DocumentFrequencies;
import de.kokreation.shared.search.TermBag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the clusters of a theme group in the background, as a job of the node's runner
 * ({@link BackgroundJobs}, kind {@link JobKind#CLUSTERING}: one at a time per node unless the
 * operator allows more, the others queued), never in a request thread; the view follows its
 * progress. The result is kept per theme group on the node that computed it until computed again:
 * it is deterministic, so another node computing the same proposals shows the same clusters.
 * Proposals in confirmed clusters are left out, and suggested for their cluster when alike.
 */
@Component
class ClusterComputation {

    /** From this similarity a proposal outside is suggested for a confirmed cluster. */
    static final double SUGGESTION_SIMILARITY = 0.25;

    /** How alike a proposal of another theme group must be to a cluster's members together to join it. */
    static final double OTHER_GROUP_SIMILARITY = 0.3;

    static final int MAX_FROM_OTHER_GROUPS = 10;

    /** With how many clusters (those sharing the most characteristic terms) a proposal of another group is compared. */
    static final int OTHER_GROUP_CANDIDATES = 5;

    private static final Logger LOG = LoggerFactory.getLogger(ClusterComputation.class);

    enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** What a computation found: clusters, and proposals suggested for confirmed clusters. */
    record Result(
            List<ProposalClustering.Cluster> clusters,
            Map<Long, List<Long>> suggestions,
            Instant computedAt,
            long millis) {}

    /** A computation and how far it got; every lead of the group sees the same one. */
    static final class Job {
        volatile State state = State.QUEUED;
        volatile int done;
        volatile int total;
        volatile @Nullable Result result;
        /** The runner's job, so that its starter can cancel it; 0 until started. */
        volatile long jobId;
    }

    private final ProposalTermRows rows;
    private final ProposalTermStatistics statistics;
    private final ConfirmedClusters confirmed;
    private final TransactionTemplate transactions;
    private final BackgroundJobs jobs;
    private final Clock clock;
    private final Map<Long, Job> computations = new ConcurrentHashMap<>();
    private final AtomicLong computationNumber = new AtomicLong();

    ClusterComputation(
            ProposalTermRows rows,
            ProposalTermStatistics statistics,
            ConfirmedClusters confirmed,
            TransactionTemplate transactions,
            BackgroundJobs jobs,
            Clock clock) {
        this.rows = rows;
        this.statistics = statistics;
        this.confirmed = confirmed;
        this.transactions = transactions;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** The latest computation of the theme group, if any. */
    @Nullable
    Job job(long themeGroupId) {
        return computations.get(themeGroupId);
    }

    /**
     * Starts computing the theme group's clusters unless a computation is queued or running;
     * answers the job. The word statistics are the consultation's ({@code consultationGroups}).
     * Refused with the runner's message when its queue is full or the caller runs too many jobs.
     */
    synchronized Job start(long themeGroupId, long consultationId, Collection<Long> consultationGroups) {
        Job previous = computations.get(themeGroupId);
        if (previous != null && (previous.state == State.QUEUED || previous.state == State.RUNNING)) {
            return previous;
        }
        Job job = new Job();
        if (previous != null) {
            job.result = previous.result;
        }
        List<Long> groups = List.copyOf(consultationGroups);
        // A subject of its own: after forget() a new computation must not join the one still
        // running on the clusters as they were (the runner joins same subjects of one owner).
        JobStatus started = jobs.start(JobRequest.task(
                JobKind.CLUSTERING,
                "clusters:" + themeGroupId + ":" + computationNumber.incrementAndGet(),
                progress -> compute(job, progress, themeGroupId, consultationId, groups)));
        job.jobId = started.id();
        computations.put(themeGroupId, job);
        follow(job);
        return job;
    }

    /**
     * Ends the computation with the runner's job: a job cancelled while queued, or whose thread
     * died before the work began, never runs the work, and the page must stop waiting for it.
     */
    private void follow(Job job) {
        AtomicReference<@Nullable Runnable> stop = new AtomicReference<>();
        AtomicBoolean ended = new AtomicBoolean();
        stop.set(jobs.listen(job.jobId, status -> {
            if (!status.state().isActive()) {
                if (job.state != State.DONE) {
                    job.state = State.FAILED;
                }
                ended.set(true);
                Runnable unlisten = stop.get();
                if (unlisten != null) {
                    unlisten.run();
                }
            }
        }));
        if (ended.get()) {
            stop.get().run(); // ended before listening returned
        }
    }

    private void compute(
            Job job, JobProgress progress, long themeGroupId, long consultationId, List<Long> consultationGroups) {
        job.state = State.RUNNING;
        long start = System.nanoTime();
        try {
            Map<Long, Long> clusterOf = transactions.execute(status -> confirmed.clusterOfProposals(consultationId));
            List<ProposalClustering.Item> items = new ArrayList<>();
            Map<Long, Map<String, Double>> centroids = new HashMap<>();
            transactions.executeWithoutResult(status -> rows.forEach(List.of(themeGroupId), row -> {
                TermBag bag = TermBag.ofStored(row.terms());
                Long cluster = clusterOf.get(row.id());
                if (cluster == null) {
                    items.add(new ProposalClustering.Item(row.id(), bag));
                } else {
                    Map<String, Double> centroid = centroids.computeIfAbsent(cluster, ignored -> new HashMap<>());
                    bag.weights().forEach((term, weight) -> centroid.merge(term, weight, Double::sum));
                }
            }));
            job.total = items.size();
            progress.total(items.size());
            // Counted now, not taken from the node's cache: the same proposals, the same clusters on every node.
            DocumentFrequencies frequencies = statistics.countNow(consultationGroups);
            List<ProposalClustering.Cluster> clusters = ProposalClustering.cluster(items, frequencies, done -> {
                progress.advance(done - job.done);
                job.done = done;
            });
            List<Long> otherGroups = consultationGroups.stream()
                    .filter(id -> id != themeGroupId)
                    .sorted()
                    .toList();
            clusters = withOtherGroups(clusters, items, otherGroups, clusterOf, frequencies, progress);
            progress.checkCancelled();
            Map<Long, List<Long>> suggestions = suggestions(items, centroids, frequencies);
            job.result = new Result(clusters, suggestions, clock.instant(), (System.nanoTime() - start) / 1_000_000);
            job.state = State.DONE;
        } catch (JobCancelledException cancelled) {
            throw cancelled;
        } catch (RuntimeException failure) {
            LOG.warn("Computing the clusters of theme group {} failed", themeGroupId, failure);
            throw failure;
        } finally {
            // Also after an Error (out of memory): a job never stays running, the view stops asking.
            if (job.state != State.DONE) {
                job.state = State.FAILED;
            }
        }
    }

    /**
     * The clusters with the proposals of the consultation's other theme groups that are most like
     * each cluster's members together (at least {@link #OTHER_GROUP_SIMILARITY}, at most
     * {@link #MAX_FROM_OTHER_GROUPS} per cluster, the most alike first): a cluster may span theme
     * groups. The other groups' proposals are read one at a time and compared only with the
     * clusters that share one of their characteristic terms, so memory stays with the group's.
     */
    private List<ProposalClustering.Cluster> withOtherGroups(
            List<ProposalClustering.Cluster> clusters,
            List<ProposalClustering.Item> items,
            List<Long> otherGroups,
            Map<Long, Long> clusterOf,
            DocumentFrequencies frequencies,
            JobProgress progress) {
        if (clusters.isEmpty() || otherGroups.isEmpty()) {
            return clusters;
        }
        Map<Long, TermBag> bags = new HashMap<>();
        items.forEach(item -> bags.put(item.id(), item.terms()));
        List<TermBag> centroids = new ArrayList<>();
        Map<String, List<Integer>> clustersByTerm = new HashMap<>();
        for (int index = 0; index < clusters.size(); index++) {
            Map<String, Double> sum = new HashMap<>();
            for (long id : clusters.get(index).proposalIds()) {
                bags.get(id).weights().forEach((term, weight) -> sum.merge(term, weight, Double::sum));
            }
            centroids.add(TermBag.ofWeights(sum));
            for (String term : clusters.get(index).terms()) {
                clustersByTerm
                        .computeIfAbsent(term, ignored -> new ArrayList<>())
                        .add(index);
            }
        }
        List<List<Alike>> found = new ArrayList<>();
        clusters.forEach(cluster -> found.add(new ArrayList<>()));
        transactions.executeWithoutResult(status -> rows.forEach(otherGroups, row -> {
            progress.checkCancelled();
            if (clusterOf.containsKey(row.id())) {
                return;
            }
            TermBag bag = TermBag.ofStored(row.terms());
            // Compared only with the clusters sharing the most characteristic terms with it: with
            // common words every proposal shares one with nearly every cluster (measured: all
            // 177 clusters of the largest group against 70,000 proposals took 130 s).
            int[] shared = new int[centroids.size()];
            bag.weights()
                    .keySet()
                    .forEach(
                            term -> clustersByTerm.getOrDefault(term, List.of()).forEach(index -> shared[index]++));
            List<Integer> candidates = java.util.stream.IntStream.range(0, shared.length)
                    .filter(index -> shared[index] > 0)
                    .boxed()
                    .sorted(Comparator.comparingInt((Integer index) -> shared[index])
                            .reversed()
                            .thenComparingInt(index -> index))
                    .limit(OTHER_GROUP_CANDIDATES)
                    .sorted()
                    .toList();
            int best = -1;
            double bestSimilarity = OTHER_GROUP_SIMILARITY;
            for (int index : candidates) {
                double similarity = bag.similarity(centroids.get(index), frequencies);
                if (similarity > bestSimilarity || (best < 0 && similarity >= bestSimilarity)) {
                    best = index;
                    bestSimilarity = similarity;
                }
            }
            if (best >= 0) {
                found.get(best).add(new Alike(row.id(), bestSimilarity));
            }
        }));
        List<ProposalClustering.Cluster> spanning = new ArrayList<>();
        for (int index = 0; index < clusters.size(); index++) {
            ProposalClustering.Cluster cluster = clusters.get(index);
            List<Long> members = new ArrayList<>(cluster.proposalIds());
            found.get(index).stream()
                    .sorted(Comparator.comparingDouble(Alike::similarity)
                            .reversed()
                            .thenComparingLong(Alike::id))
                    .limit(MAX_FROM_OTHER_GROUPS)
                    .forEach(alike -> members.add(alike.id()));
            spanning.add(new ProposalClustering.Cluster(List.copyOf(members), cluster.terms()));
        }
        return spanning;
    }

    private record Alike(long id, double similarity) {}

    /** For each confirmed cluster, the proposals outside it most like its members together. */
    private static Map<Long, List<Long>> suggestions(
            List<ProposalClustering.Item> items,
            Map<Long, Map<String, Double>> centroids,
            DocumentFrequencies frequencies) {
        Map<Long, List<Long>> suggestions = new HashMap<>();
        if (centroids.isEmpty()) {
            return suggestions;
        }
        Map<Long, TermBag> bags = new HashMap<>();
        centroids.forEach((cluster, centroid) -> bags.put(cluster, TermBag.ofWeights(centroid)));
        for (ProposalClustering.Item item : items) {
            long best = 0;
            double bestSimilarity = SUGGESTION_SIMILARITY;
            for (Map.Entry<Long, TermBag> cluster :
                    bags.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                double similarity = item.terms().similarity(cluster.getValue(), frequencies);
                if (similarity >= bestSimilarity) {
                    best = cluster.getKey();
                    bestSimilarity = similarity;
                }
            }
            if (best != 0) {
                suggestions.computeIfAbsent(best, ignored -> new ArrayList<>()).add(item.id());
            }
        }
        return suggestions;
    }

    /** Forgets the results of the theme groups (after a cluster was confirmed, they are stale). */
    void forget(Set<Long> themeGroupIds) {
        themeGroupIds.forEach(computations::remove);
    }
}
