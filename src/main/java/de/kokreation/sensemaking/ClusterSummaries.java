package de.kokreation.sensemaking;

import de.kokreation.proposal.reads.PublicProposals;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Machine-made summaries of confirmed clusters, where an operator configured an OpenAI-compatible
 * endpoint ({@code kokreation.summaries.endpoint}); off by default. The model gets the visible
 * proposals of the cluster and a few visible comments each, numbered, and is asked for a few
 * sentences that each name their sources; {@link SummaryCheck} keeps only the sentences its
 * sources support. Made in the background, one at a time per node (a small queue beyond), with
 * the state in the database, so every node shows it; a summary still running after
 * {@link #GIVEN_UP_AFTER} (its node stopped) may be requested again.
 */
@Component
class ClusterSummaries implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterSummaries.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final Duration GIVEN_UP_AFTER = Duration.ofMinutes(10);
    static final int COMMENTS_EACH = 3;
    static final int MAX_SOURCE_CHARS = 600;
    static final int MAX_PROPOSALS = 40;
    static final int QUEUED = 3;

    static final String SYSTEM = """
            Du fasst Vorschläge von Bürgerinnen und Bürgern aus einer Konsultation für einen \
            Open-Government-Aktionsplan zusammen, für die Leitung einer Themengruppe. Schreibe zwei \
            bis vier kurze, sachliche Sätze auf Deutsch darüber, was die Vorschläge und Kommentare \
            fordern und womit sie es begründen. Verwende nur, was in den Quellen steht; erfinde \
            nichts hinzu. Nenne bei jedem Satz die Quellen, auf die er sich stützt, mit ihren \
            Kennungen (etwa P12 oder K34). Antworte nur mit JSON in dieser Form: \
            {"sentences": [{"text": "...", "sources": ["P12", "K34"]}]}""";

    private volatile @Nullable LanguageModel model;
    private final ConfirmedClusters store;
    private final PublicProposals texts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            // Each answer may take the timeout (2 minutes): four waiting ones still start within
            // GIVEN_UP_AFTER; more are refused ("busy") rather than left to expire in the queue.
            new ArrayBlockingQueue<>(QUEUED),
            Thread.ofPlatform().name("cluster-summaries").daemon().factory());

    @Autowired
    ClusterSummaries(
            @Value("${kokreation.summaries.endpoint:}") String endpoint,
            @Value("${kokreation.summaries.model:}") String modelName,
            @Value("${kokreation.summaries.api-key:}") String apiKey,
            @Value("${kokreation.summaries.timeout:PT120S}") Duration timeout,
            ConfirmedClusters store,
            PublicProposals texts,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this(
                endpoint.isBlank() ? null : new OpenAiCompatibleModel(endpoint, modelName, apiKey, timeout),
                store,
                texts,
                transactionManager,
                clock);
    }

    ClusterSummaries(
            @Nullable LanguageModel model,
            ConfirmedClusters store,
            PublicProposals texts,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.model = model;
        this.store = store;
        this.texts = texts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    boolean enabled() {
        return model != null;
    }

    /** Puts another model in place (none: off); for tests, which share one application context. */
    void use(@Nullable LanguageModel replacement) {
        LanguageModel previous = model;
        this.model = replacement;
        if (previous != null && previous != replacement) {
            previous.close();
        }
    }

    /**
     * Marks the cluster's summary as requested and makes it in the background; false when one is
     * being made already. Called in the caller's transaction, which must commit before the
     * background work can find the request: the work starts after it.
     */
    boolean request(long clusterId, List<Long> proposalIds) {
        LanguageModel asked = model;
        if (asked == null) {
            return false;
        }
        // To the millisecond: the request is found again by this time, and databases keep less than nanoseconds.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!store.summaryRequested(clusterId, now, now.minus(GIVEN_UP_AFTER))) {
            return false;
        }
        Runnable make = () -> make(asked, clusterId, proposalIds, now);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    executor.execute(make);
                } catch (RejectedExecutionException busy) {
                    transactions.executeWithoutResult(
                            status -> store.summaryFailed(clusterId, now, clock.instant(), "summary.error.busy"));
                }
            }
        });
        return true;
    }

    private void make(LanguageModel asked, long clusterId, List<Long> proposalIds, Instant requestedAt) {
        try {
            // Waited too long in the queue, or asked again or changed meanwhile: not made.
            if (!Boolean.TRUE.equals(transactions.execute(status -> store.summaryStillRequested(
                    clusterId, requestedAt, clock.instant().minus(GIVEN_UP_AFTER))))) {
                return;
            }
            Map<String, String> sources = new LinkedHashMap<>();
            Map<String, PublicProposals.SourceText> byLabel = new LinkedHashMap<>();
            // The first MAX_PROPOSALS as the caller orders them (the most supported first).
            List<PublicProposals.SourceText> read = transactions.execute(status ->
                    texts.sourceTexts(proposalIds.stream().limit(MAX_PROPOSALS).toList(), COMMENTS_EACH));
            for (PublicProposals.SourceText text : read == null ? List.<PublicProposals.SourceText>of() : read) {
                String shortened = text.text().length() > MAX_SOURCE_CHARS
                        ? text.text().substring(0, MAX_SOURCE_CHARS) + " …"
                        : text.text();
                String label = (text.comment() ? "K" : "P") + text.id();
                sources.put(label, shortened.replaceAll("\\s+", " "));
                byLabel.put(label, text);
            }
            if (sources.isEmpty()) {
                failed(clusterId, requestedAt, "summary.error.nothingVisible");
                return;
            }
            StringBuilder request = new StringBuilder("Quellen:\n");
            sources.forEach(
                    (id, text) -> request.append(id).append(": ").append(text).append('\n'));
            String answer = asked.complete(SYSTEM, request.toString());
            SummaryCheck.Checked checked = SummaryCheck.check(answer, sources);
            List<ClusterService.SummarySentence> sentences = new ArrayList<>();
            for (SummaryCheck.Sentence sentence : checked.kept()) {
                sentences.add(new ClusterService.SummarySentence(
                        sentence.text(),
                        sentence.sources().stream()
                                .map(byLabel::get)
                                .map(text ->
                                        new ClusterService.SummarySource(text.comment(), text.id(), text.proposalId()))
                                .toList()));
            }
            transactions.executeWithoutResult(status -> store.summaryDone(
                    clusterId,
                    requestedAt,
                    clock.instant(),
                    asked.name(),
                    JSON.writeValueAsString(sentences),
                    checked.removed()));
        } catch (LanguageModel.LanguageModelException unreachable) {
            LOG.warn("The summary of cluster {} could not be made: {}", clusterId, unreachable.getMessage());
            failed(clusterId, requestedAt, "summary.error.unreachable");
        } catch (SummaryCheck.Unreadable unreadable) {
            LOG.warn("The summary of cluster {} could not be read: {}", clusterId, unreadable.getMessage());
            failed(clusterId, requestedAt, "summary.error.unreadable");
        } catch (RuntimeException failure) {
            LOG.error("The summary of cluster {} failed", clusterId, failure);
            failed(clusterId, requestedAt, "summary.error.failed");
        }
    }

    private void failed(long clusterId, Instant requestedAt, String key) {
        transactions.executeWithoutResult(status -> store.summaryFailed(clusterId, requestedAt, clock.instant(), key));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
        LanguageModel current = model;
        if (current != null) {
            current.close();
        }
    }
}
