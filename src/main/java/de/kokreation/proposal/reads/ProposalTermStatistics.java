package de.kokreation.proposal.reads;

import static de.kokreation.proposal.reads.ProposalVisibility.visibleProposal;

import de.kokreation.proposal.ProposalSubmitted;
import de.kokreation.shared.search.DocumentFrequencies;
import de.kokreation.shared.search.SearchTerms;
import de.kokreation.shared.search.TextQuery;
import de.kokreation.shared.search.Vocabulary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many visible proposals of a consultation hold each term: how telling a shared word is when
 * proposals are compared. Counted in the database (PostgreSQL's {@code ts_stat} over the stored
 * vectors; on H2 by reading the stored terms), kept per node for {@link #FRESH_FOR} and then
 * counted again in the background while the older figures still serve. Figures a few minutes old
 * weigh words as well as fresh ones; every node counts the same database, so nodes agree within
 * that time. At most {@link #MAX_COLLECTIONS} consultations are kept.
 */
@Component
public class ProposalTermStatistics implements DisposableBean {

    static final Duration FRESH_FOR = Duration.ofMinutes(10);

    /** After a proposal was written on this node, figures are counted again, but not more often than this. */
    static final Duration RECOUNT_AFTER_CHANGE = Duration.ofSeconds(30);

    static final int MAX_COLLECTIONS = 32;

    private static final Logger LOG = LoggerFactory.getLogger(ProposalTermStatistics.class);

    private record Counted(DocumentFrequencies frequencies, Vocabulary vocabulary, Instant at) {}

    /** The key of the figures over all visible proposals. */
    private static final String EVERYWHERE = "*";

    private final JdbcTemplate jdbc;
    private final TextQuery.Dialect dialect;
    private final Clock clock;
    private final Map<String, Counted> counted = new ConcurrentHashMap<>();
    private final Set<String> recounting = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Counted>> counting = new ConcurrentHashMap<>();
    private volatile Instant lastChange = Instant.EPOCH;
    private final ExecutorService recounts = new ThreadPoolExecutor(
            1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(MAX_COLLECTIONS * 2), runnable -> {
                Thread thread = new Thread(runnable, "term-statistics");
                thread.setDaemon(true);
                return thread;
            });

    ProposalTermStatistics(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dialect = TextQuery.Dialect.of(dataSource);
        this.clock = clock;
    }

    /** The figures for the visible proposals of these theme groups (one consultation's). */
    public DocumentFrequencies of(Collection<Long> themeGroupIds) {
        if (themeGroupIds.isEmpty()) {
            return DocumentFrequencies.none();
        }
        return counted(themeGroupIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
                .frequencies();
    }

    /**
     * Starts counting the figures of these theme groups in the background unless they are known:
     * called when a person opens the form, so the first comparison while they type need not wait.
     */
    public void prepare(Collection<Long> themeGroupIds) {
        String key = themeGroupIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        if (!themeGroupIds.isEmpty() && !counted.containsKey(key)) {
            recountInBackground(key);
        }
    }

    /** The figures counted now (and kept), for work that must not depend on when a node last counted. */
    public DocumentFrequencies countNow(Collection<Long> themeGroupIds) {
        if (themeGroupIds.isEmpty()) {
            return DocumentFrequencies.none();
        }
        return count(themeGroupIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")))
                .frequencies();
    }

    /** The terms all visible proposals hold, for catching typos in searches. */
    public Vocabulary vocabulary() {
        return counted(EVERYWHERE).vocabulary();
    }

    private Counted counted(String key) {
        Counted known = counted.get(key);
        if (known == null) {
            // The first comparison in a consultation waits for the count, once per node.
            known = countOnce(key);
        } else if (isStale(known)) {
            recountInBackground(key);
        }
        return known;
    }

    /** Counts again on the background thread, unless a count of these figures is under way. */
    private void recountInBackground(String key) {
        if (!recounting.add(key)) {
            return;
        }
        try {
            recounts.execute(() -> {
                try {
                    countOnce(key);
                } catch (RuntimeException failure) {
                    LOG.warn("Counting the terms of theme groups {} failed; the older figures serve", key, failure);
                } finally {
                    recounting.remove(key);
                }
            });
        } catch (RejectedExecutionException full) {
            recounting.remove(key);
        }
    }

    private boolean isStale(Counted known) {
        Instant now = clock.instant();
        return known.at().plus(FRESH_FOR).isBefore(now)
                || (lastChange.isAfter(known.at())
                        && known.at().plus(RECOUNT_AFTER_CHANGE).isBefore(now));
    }

    /** Notes that a proposal's text was written, so its words count soon (on this node; others within {@link #FRESH_FOR}). */
    public void changed() {
        lastChange = clock.instant();
    }

    /** Counts the vocabulary in the background at start, so the first search does not wait for it. */
    @EventListener(ApplicationReadyEvent.class)
    void countAtStart() {
        recountInBackground(EVERYWHERE);
    }

    @EventListener
    void on(ProposalSubmitted submitted) {
        changed();
    }

    /** Forgets every figure, so the next comparison counts again (tests, after bulk changes). */
    public void forget() {
        counted.clear();
    }

    /**
     * Counts the figures, or waits for the count of them already under way: many people opening
     * the form or searching right after a start ask for the same figures at once, and each count
     * reads every proposal's terms (5 s at national scale).
     */
    private Counted countOnce(String key) {
        CompletableFuture<Counted> mine = new CompletableFuture<>();
        CompletableFuture<Counted> running = counting.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException failed) {
                if (failed.getCause() instanceof Error error) {
                    throw error;
                }
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }
        try {
            Counted fresh = count(key);
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException | Error failure) {
            // Also an Error (out of memory): those waiting for this count must not wait forever.
            mine.completeExceptionally(failure);
            throw failure;
        } finally {
            counting.remove(key, mine);
        }
    }

    private Counted count(String key) {
        String where = " where " + (key.equals(EVERYWHERE) ? "" : "p.theme_group_id in (" + key + ") and ")
                + visibleProposal("p") + " and p.search_terms is not null";
        Integer documents = jdbc.queryForObject("select count(*) from proposal p" + where, Integer.class);
        Map<String, Integer> counts = new HashMap<>();
        if (dialect == TextQuery.Dialect.POSTGRESQL) {
            jdbc.query(
                    // Word pairs (with a space) serve phrases, not comparisons.
                    "select word, ndoc from ts_stat(?) where position(' ' in word) = 0",
                    row -> {
                        counts.put(row.getString(1), row.getInt(2));
                    },
                    "select " + ProposalSearchVectors.COLUMN + " from proposal p"
                            + ProposalSearchVectors.join("p", dialect) + where);
        } else {
            jdbc.query("select p.search_terms from proposal p" + where, row -> {
                Set<String> terms = new HashSet<>();
                SearchTerms.read(row.getString(1), (term, position, title) -> terms.add(term));
                terms.forEach(term -> counts.merge(term, 1, Integer::sum));
            });
        }
        Counted result = new Counted(
                DocumentFrequencies.of(documents == null ? 0 : documents, counts),
                Vocabulary.of(counts.keySet()),
                clock.instant());
        if (counted.size() >= MAX_COLLECTIONS && !counted.containsKey(key)) {
            counted.entrySet().stream()
                    .min((a, b) -> a.getValue().at().compareTo(b.getValue().at()))
                    .ifPresent(oldest -> counted.remove(oldest.getKey()));
        }
        counted.put(key, result);
        return result;
    }

    @Override
    public void destroy() {
        recounts.shutdownNow();
    }
}
