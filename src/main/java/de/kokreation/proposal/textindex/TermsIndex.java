package de.kokreation.proposal.textindex;

import de.kokreation.shared.search.SearchTerms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.MMapDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On the embedded H2 only: an in-process Apache Lucene index of the stored terms of every proposal
 * and comment, which names the few rows a search may match, so that a search reads those rows
 * instead of the terms' text of every row. PostgreSQL has its GIN indexes and keeps none.
 *
 * <p>Kept up to date by triggers on both tables ({@link TermsIndexTrigger}): every write of a
 * text's terms, by whatever code (entities, re-analysis, the rebuild, seeds), reaches it within
 * the writing statement, and the next search sees it. Made anew from the database at each start,
 * in the background, in batches (in a temporary directory, memory-mapped, so it costs little heap,
 * deleted at the stop): never missing and never stale after a restart. Until it is made, or should
 * it fail, the terms' text narrows the rows as before, slower, with the same results.
 *
 * <p>It narrows and never decides: each row it names is checked against the row's own terms
 * ({@code TextQuery#matches}), so naming too many is harmless and too few is not. Hence entries
 * are only ever added: each write of a text's terms adds one, and the earlier ones stay (its
 * transaction may yet be rolled back, after any number of writes) until the next start; so does
 * a deleted row's. The few texts edited between two starts have a few entries each.
 */
@Component
public class TermsIndex {

    /** The tables whose texts are indexed, and the mark of each in the index. */
    public enum Table {
        PROPOSAL("P", "proposal"),
        COMMENT("C", "proposal_comment");

        private final String mark;
        private final String name;

        Table(String mark, String name) {
            this.mark = mark;
            this.name = name;
        }

        static @Nullable Table named(String tableName) {
            return Arrays.stream(values())
                    .filter(table -> table.name.equalsIgnoreCase(tableName))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** The field that holds each distinct stored word of a text once. */
    public static final String TERM = "term";

    /** The field that holds each distinct stored pair of adjacent words of a text once. */
    public static final String PAIR = "pair";

    private static final String TABLE = "table";
    private static final String ID = "id";
    private static final int BATCH = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(TermsIndex.class);

    /** The open indexes by database, for the triggers, which H2 makes without Spring. */
    private static final Map<String, Set<TermsIndex>> OPEN = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;
    private final @Nullable String database;
    private @Nullable Path directory;
    private volatile @Nullable IndexWriter writer;
    private @Nullable SearcherManager searchers;

    private volatile boolean ready;
    /** Set when a write was missed or the index closed: it answers no search from then on. */
    private volatile boolean broken;
    /** Writes so far, and up to which one the searchers have been refreshed. */
    private final AtomicLong writes = new AtomicLong();

    private final AtomicLong refreshedUpTo = new AtomicLong();

    @Autowired
    TermsIndex(DataSource dataSource, @Value("${kokreation.search.h2-terms-index:true}") boolean enabled) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.database = enabled ? h2Database(dataSource) : null;
        if (database == null) {
            return;
        }
        try {
            directory = Files.createTempDirectory("kokreation-terms-index");
            writer = new IndexWriter(
                    new MMapDirectory(directory),
                    new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            searchers = new SearcherManager(writer, null);
        } catch (IOException failed) {
            LOG.error("The search's terms index cannot be opened; searches read every row's terms", failed);
            return;
        }
        // Open before the making reads the database: from now on, no write of terms is missed.
        OPEN.computeIfAbsent(database, ignored -> new CopyOnWriteArraySet<>()).add(this);
    }

    TermsIndex(DataSource dataSource) {
        this(dataSource, true);
    }

    /** The key H2 knows a database by, as the triggers find it too; null on any other database. */
    static @Nullable String h2Database(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return h2Database(connection);
        } catch (SQLException unreachable) {
            throw new IllegalStateException("cannot tell the database", unreachable);
        }
    }

    static @Nullable String h2Database(Connection connection) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")) {
            return null;
        }
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select coalesce(database_path(), database())")) {
            row.next();
            return row.getString(1);
        }
    }

    /** Makes the index from the database in the background, once the application runs. */
    @EventListener(ApplicationReadyEvent.class)
    void makeWhenReady() {
        if (writer != null) {
            Thread.ofVirtual().name("terms-index").start(this::make);
        }
    }

    void make() {
        long started = System.nanoTime();
        try {
            int texts = make(Table.PROPOSAL) + make(Table.COMMENT);
            requireNonNull(searchers).maybeRefreshBlocking();
            ready = true;
            LOG.info("Search terms index made: {} texts in {} ms", texts, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException failed) {
            if (!broken) {
                broken = true;
                LOG.error("The search's terms index could not be made; searches read every row's terms", failed);
            }
        }
    }

    private int make(Table table) throws IOException {
        long after = 0;
        int texts = 0;
        while (true) {
            List<Map.Entry<Long, String>> rows = jdbc.query(
                    "select id, search_terms from " + table.name + " where id > ? order by id fetch first " + BATCH
                            + " rows only",
                    (row, n) -> Map.entry(row.getLong(1), row.getString(2)),
                    after);
            for (Map.Entry<Long, String> row : rows) {
                // A trigger may have added newer terms of the same text meanwhile: both entries stay.
                requireNonNull(writer).addDocument(document(table, row.getKey(), terms(row.getValue())));
            }
            texts += rows.size();
            if (rows.size() < BATCH) {
                return texts;
            }
            after = rows.getLast().getKey();
        }
    }

    /** A trigger saw a text's terms written: they are added as one more entry of the text. */
    static void written(String database, Table table, long id, @Nullable String terms) {
        for (TermsIndex index : OPEN.getOrDefault(database, Set.of())) {
            index.written(table, id, terms);
        }
    }

    private void written(Table table, long id, @Nullable String terms) {
        IndexWriter open = writer;
        if (open == null || broken) {
            return;
        }
        try {
            open.addDocument(document(table, id, terms(terms)));
            writes.incrementAndGet();
        } catch (IOException | RuntimeException failed) {
            // Never fail the write that fired the trigger: searches read every row's terms from now on.
            if (!broken) {
                broken = true;
                LOG.error("The search's terms index missed a write and is no longer used until the next start", failed);
            }
        }
    }

    /**
     * The ids of the table's rows whose terms may match the query over {@link #TERM} and {@link #PAIR}, or null when
     * the index cannot tell (not H2, not made yet, failed): then the caller narrows by the terms' text.
     */
    public long @Nullable [] ids(Table table, Query narrowing) {
        SearcherManager open = searchers;
        if (!ready || broken || open == null) {
            return null;
        }
        try {
            long written = writes.get();
            if (refreshedUpTo.get() < written) {
                // Every caller that has not seen the latest write waits for a refresh that sees
                // it (one searching in parallel with a refresh under way waits for it and checks again).
                open.maybeRefreshBlocking();
                refreshedUpTo.accumulateAndGet(written, Math::max);
            }
            IndexSearcher searcher = open.acquire();
            try {
                Query query = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(TABLE, table.mark)), BooleanClause.Occur.FILTER)
                        .add(narrowing, BooleanClause.Occur.FILTER)
                        .build();
                return searcher.search(query, new IdsCollectorManager());
            } finally {
                open.release(searcher);
            }
        } catch (AlreadyClosedException stopping) {
            return null;
        } catch (IOException | IndexSearcher.TooManyClauses failed) {
            LOG.warn("The search's terms index could not answer; this search reads every row's terms", failed);
            return null;
        }
    }

    /** Whether the index answers searches (on H2, once made). */
    public boolean isReady() {
        return ready && !broken;
    }

    private static Set<String> terms(@Nullable String stored) {
        Set<String> terms = new HashSet<>();
        if (stored != null) {
            SearchTerms.read(stored, (term, position, title) -> terms.add(term));
        }
        return terms;
    }

    private static Document document(Table table, long id, Set<String> terms) {
        Document document = new Document();
        document.add(new StringField(TABLE, table.mark, Field.Store.NO));
        document.add(new NumericDocValuesField(ID, id));
        for (String term : terms) {
            document.add(new StringField(SearchTerms.isPair(term) ? PAIR : TERM, term, Field.Store.NO));
        }
        return document;
    }

    private static <T> T requireNonNull(@Nullable T open) {
        if (open == null) {
            throw new IllegalStateException("the terms index is not open");
        }
        return open;
    }

    /** Closes the index and deletes its directory when the application stops. */
    @jakarta.annotation.PreDestroy
    void close() {
        broken = true;
        if (database != null) {
            Set<TermsIndex> open = OPEN.get(database);
            if (open != null) {
                open.remove(this);
            }
        }
        try {
            if (searchers != null) {
                searchers.close();
            }
            IndexWriter open = writer;
            writer = null;
            if (open != null) {
                open.rollback();
            }
            if (directory != null) {
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        } catch (IOException | UncheckedIOException failed) {
            LOG.warn("The search's terms index could not be removed from {}", directory, failed);
        }
    }

    /** Collects the ids of all matching texts, in no particular order. */
    private static final class IdsCollectorManager implements CollectorManager<IdsCollector, long[]> {

        @Override
        public IdsCollector newCollector() {
            return new IdsCollector();
        }

        @Override
        public long[] reduce(java.util.Collection<IdsCollector> collectors) {
            // A text written more than once has more than one entry.
            return collectors.stream()
                    .flatMapToLong(collector -> Arrays.stream(collector.ids, 0, collector.count))
                    .sorted()
                    .distinct()
                    .toArray();
        }
    }

    private static final class IdsCollector extends SimpleCollector {

        private long[] ids = new long[64];
        private int count;
        private @Nullable NumericDocValues values;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getNumeric(context.reader(), ID);
        }

        @Override
        public void collect(int doc) throws IOException {
            NumericDocValues current = values;
            if (current != null && current.advanceExact(doc)) {
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, count * 2);
                }
                ids[count++] = current.longValue();
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
