package de.kokreation.benchmark;

import de.kokreation.KokreationApplication;
import de.kokreation.consultation.ThemeGroupStatistics;
import de.kokreation.dashboard.ConsultationDashboard;
import de.kokreation.export.ExportFormat;
import de.kokreation.export.ExportJobs;
import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobState;
import de.kokreation.jobs.JobStatus;
import de.kokreation.opendata.OpenDataExport;
import de.kokreation.proposal.CommentService;
import de.kokreation.proposal.CommitmentLinks;
import de.kokreation.proposal.OutcomeFilter;
import de.kokreation.proposal.ProposalPage;
import de.kokreation.proposal.ProposalQuery;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ProposalSort;
import de.kokreation.proposal.SearchIndexRebuild;
import de.kokreation.proposal.SimilarProposals;
import de.kokreation.proposal.VoteService;
import de.kokreation.proposal.reads.ProposalTermStatistics;
import de.kokreation.search.SearchService;
import de.kokreation.sensemaking.ClusterService;
import de.kokreation.voting.VoteDirection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The national-scale benchmark (issue 7). Generates (or reuses) a consultation of the chosen scale
 * on H2 or PostgreSQL, starts the application on it, measures each figure after a warm-up next to
 * a baseline on the same data, prints the table and writes it to {@code benchmark/results}.
 *
 * <p>System properties: {@code benchmark.scale} ({@code small}, {@code national}, {@code tiny}),
 * {@code benchmark.database} ({@code h2}, {@code postgres}), {@code benchmark.regenerate}
 * ({@code true} to build the data again), {@code benchmark.only} (a comma-separated subset of
 * {@code lists, page, plans, opendata, openweb, report, votes, memory, start}; the result then goes to
 * {@code target/benchmark}), {@code benchmark.skip} (figures left out of an otherwise complete run,
 * named in its notes), {@code benchmark.postgres.url} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/kokreation_bench}, user {@code postgres}).
 */
public final class BenchmarkMain {

    static final long SEED = 20180903L;
    private static final int LIST_PAGE_SIZE = 50;
    private static final int VOTERS = 64;
    private static final String GROUP = DataGenerator.GROUPS[0];

    private final BenchmarkScale scale;
    private final String database;
    private final boolean regenerate;
    private final Set<String> only;
    private final Set<String> skipped;
    private final Path projectDirectory = Path.of("").toAbsolutePath();
    private final Results results = new Results();
    private ConfigurableApplicationContext context;
    private DataSource dataSource;
    private String baseUrl;
    private double generationSeconds;

    BenchmarkMain(BenchmarkScale scale, String database, boolean regenerate, Set<String> only, Set<String> skipped) {
        this.scale = scale;
        this.database = database;
        this.regenerate = regenerate;
        this.only = only;
        this.skipped = skipped;
    }

    /**
     * Whether a figure runs: all of them, or those named in {@code -Dbenchmark.only=votes,opendata,...},
     * less those named in {@code -Dbenchmark.skip=report,...} (which the table then lists as not run).
     */
    private boolean selected(String figure) {
        // "report" names both of its formats, "report-docx" and "report-pdf" one each.
        boolean named = only.contains(figure) || figure.startsWith("report-") && only.contains("report");
        boolean wanted = (only.isEmpty() || named) && !skipped.contains(figure);
        if (!wanted && only.isEmpty()) {
            results.note("Not run in this run: `" + figure + "` (`-Dbenchmark.skip`).");
        }
        return wanted;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkScale scale = BenchmarkScale.named(System.getProperty("benchmark.scale", "small"));
        String database = System.getProperty("benchmark.database", "h2").toLowerCase(Locale.ROOT);
        if (!database.equals("h2") && !database.equals("postgres")) {
            throw new IllegalArgumentException("benchmark.database must be h2 or postgres: " + database);
        }
        new BenchmarkMain(
                        scale,
                        database,
                        Boolean.getBoolean("benchmark.regenerate"),
                        names("benchmark.only"),
                        names("benchmark.skip"))
                .run();
    }

    private static Set<String> names(String property) {
        return Arrays.stream(System.getProperty(property, "").split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
    }

    void run() throws Exception {
        prepareDatabase();
        long contextStart = System.nanoTime();
        startContext();
        long firstPage = firstPageNanos(baseUrl + "/", contextStart);
        try {
            if (!DataGenerator.isReady(dataSource, scale)) {
                long start = System.nanoTime();
                new DataGenerator(dataSource, scale, SEED).generate();
                generationSeconds = (System.nanoTime() - start) / 1e9;
            }
            prepareData();
            if (selected("lists")) {
                proposalLists();
            }
            if (selected("page")) {
                proposalPage();
            }
            if (selected("search")) {
                search();
            }
            if (selected("similar")) {
                similarWhileWriting();
            }
            if (selected("clusters")) {
                clusters();
            }
            if (selected("plans")) {
                actionPlanPages();
            }
            if (selected("opendata")) {
                openDataExport();
            }
            if (selected("openweb")) {
                openWeb();
            }
            if (selected("report")) {
                report();
            }
            if (selected("dashboard")) {
                dashboard();
            }
            if (selected("votes")) {
                votes();
            }
            if (selected("memory")) {
                memoryPerUi();
            }
            if (selected("rebuild")) {
                // Last: it writes every row.
                rebuildSearchIndex();
            }
            results.add(
                    "6. Start to first page (this run's context: dev mode, test class path)",
                    Results.ms(firstPage / 1e6) + " ms",
                    "–",
                    "–",
                    "informative",
                    null);
        } finally {
            context.close();
        }
        if (selected("start")) {
            productionJarStart();
        }
        String commit = Results.command("git", "rev-parse", "HEAD")
                + (Results.command("git", "status", "--porcelain", "--untracked-files=no")
                                .isBlank()
                        ? ""
                        : " (with uncommitted changes)");
        String markdown = results.markdown(database, scale, commit, generationSeconds);
        // Only complete runs go to the repository's results; a partial run (-Dbenchmark.only) stays in target/.
        Path file = results.write(
                projectDirectory.resolve(only.isEmpty() ? "benchmark/results" : "target/benchmark"),
                database,
                scale,
                markdown);
        System.out.println();
        System.out.println(markdown);
        System.out.println("Written to " + projectDirectory.relativize(file));
    }

    // --- database and application -------------------------------------------------------------

    private String jdbcUrl() {
        if (database.equals("postgres")) {
            return System.getProperty("benchmark.postgres.url", "jdbc:postgresql://127.0.0.1:5432/kokreation_bench")
                    + "?reWriteBatchedInserts=true";
        }
        return "jdbc:h2:file:" + h2Directory().resolve("kokreation");
    }

    private Path h2Directory() {
        return projectDirectory.resolve("target/benchmark/h2-" + scale.name());
    }

    private String user() {
        return database.equals("postgres") ? System.getProperty("benchmark.postgres.user", "postgres") : "sa";
    }

    /** Creates the PostgreSQL database if missing; empties it (or deletes the H2 files) when the data must be built. */
    private void prepareDatabase() throws Exception {
        if (database.equals("postgres")) {
            String url =
                    System.getProperty("benchmark.postgres.url", "jdbc:postgresql://127.0.0.1:5432/kokreation_bench");
            String name = url.substring(url.lastIndexOf('/') + 1);
            try (Connection admin = DriverManager.getConnection(
                            url.substring(0, url.lastIndexOf('/') + 1) + "postgres", user(), "");
                    Statement statement = admin.createStatement()) {
                ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
                if (!exists.next()) {
                    statement.execute("create database " + name);
                }
            }
        }
        DriverManagerDataSource plain = new DriverManagerDataSource(jdbcUrl(), user(), "");
        if (!regenerate && DataGenerator.isReady(plain, scale)) {
            System.out.println("Reusing the generated data of scale " + scale.name() + " on " + database);
            return;
        }
        System.out.println("Generating the data of scale " + scale.name() + " on " + database);
        if (database.equals("postgres")) {
            try (Connection connection = plain.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema public cascade");
                statement.execute("create schema public");
            }
        } else if (Files.exists(h2Directory())) {
            try (Stream<Path> files = Files.walk(h2Directory())) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private void startContext() {
        Map<String, Object> properties = new LinkedHashMap<>();
        // Only the packaged settings, not an operator's ./application.properties.
        properties.put("spring.config.location", "classpath:/");
        properties.put("spring.datasource.url", jdbcUrl());
        properties.put("spring.datasource.username", user());
        properties.put("spring.datasource.password", "");
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        properties.put("spring.main.banner-mode", "off");
        properties.put("kokreation.demo-data.enabled", "false");
        // The generator writes current search terms; no analysis may run beside the measurements.
        properties.put("kokreation.search.refresh-on-start", "false");
        properties.put("vaadin.launch-browser", "false");
        properties.put("vaadin.devmode.devTools.enabled", "false");
        // Development mode records where every component was created (a Throwable with its stack
        // per component, about 2.5 MB per UI) for the dev tools; production mode never does.
        properties.put("vaadin.devmode.componentTracker.enabled", "false");
        // As command-line arguments, which outrank application.properties: default properties of the
        // builder would lose against it, and the benchmark would run on the development database.
        String[] arguments = properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        context = new SpringApplicationBuilder(KokreationApplication.class)
                .initializers(applicationContext -> applicationContext
                        .getBeanFactory()
                        .registerSingleton("benchmarkTestClassExclusion", new TestClassExclusion()))
                .run(arguments);
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        if (!jdbcUrl().equals(url)) {
            throw new IllegalStateException("the application runs on " + url + ", not on " + jdbcUrl());
        }
        dataSource = context.getBean(DataSource.class);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        baseUrl = "http://localhost:" + port;
    }

    /** Leaves out the test sources' own beans (fixtures, the tests' mail server): this is the application alone. */
    static final class TestClassExclusion extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURI().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestClassExclusion;
        }

        @Override
        public int hashCode() {
            return TestClassExclusion.class.hashCode();
        }
    }

    /** The timeline follows today (collection runs); statistics are fresh for the planner. */
    private void prepareData() throws SQLException {
        LocalDate[] dates = DataGenerator.timeline(LocalDate.now());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update consultation set announcement_start = ?, collection_start = ?, condensing_start = ?,"
                                + " draft_commenting_start = ?, closed_start = ? where slug = ?")) {
            for (int i = 0; i < dates.length; i++) {
                update.setObject(i + 1, dates[i]);
            }
            update.setString(6, DataGenerator.SLUG);
            update.executeUpdate();
            try (Statement statement = connection.createStatement()) {
                // PostgreSQL: the state autovacuum keeps a live database in (statistics, and the
                // visibility map that lets counts use index-only scans); a bulk load has neither.
                statement.execute(database.equals("postgres") ? "vacuum analyze" : "analyze");
            }
        }
        // The consultation service may have cached nothing yet; counts for the notes.
        results.note("Consultation `" + DataGenerator.SLUG + "` in proposal collection; the lists use theme group `"
                + GROUP + "` ("
                + Results.number(queryLong(
                        "select count(*) from proposal p join theme_group g on"
                                + " g.id = p.theme_group_id where g.slug = ? and g.consultation_id = 1",
                        GROUP))
                + " proposals).");
    }

    private List<Long> queryLongs(String sql) throws SQLException {
        List<Long> values = new java.util.ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                values.add(result.getLong(1));
            }
        }
        return values;
    }

    private long queryLong(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private void loginAs(String email) {
        UserDetails principal = context.getBean(UserDetailsService.class).loadUserByUsername(email);
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }

    private static void anonymous() {
        SecurityContextHolder.clearContext();
    }

    // --- 1. proposal lists ------------------------------------------------------------------------

    private void proposalLists() throws Exception {
        anonymous();
        ProposalService service = context.getBean(ProposalService.class);
        long groupId = queryLong("select id from theme_group where slug = ? and consultation_id = 1", GROUP);
        long total = queryLong("select count(*) from proposal where theme_group_id = ?", groupId);
        int deepPage = (int) (total / LIST_PAGE_SIZE / 2);
        Map<ProposalSort, String> orders = Map.of(
                ProposalSort.MOST_SUPPORTED,
                "p.votes_for desc, p.id desc",
                ProposalSort.NEWEST,
                "p.created_at desc, p.id desc",
                ProposalSort.MOST_DISCUSSED,
                "p.comment_count desc, p.id desc");
        for (ProposalSort sort :
                List.of(ProposalSort.MOST_SUPPORTED, ProposalSort.NEWEST, ProposalSort.MOST_DISCUSSED)) {
            for (int page : new int[] {0, deepPage}) {
                Timings serviceTimings = Timings.measure(scale.listIterations() / 2, scale.listIterations(), () -> {
                    ProposalPage result = service.listProposals(groupId, ProposalQuery.all(sort), page, LIST_PAGE_SIZE);
                    if (result.items().size() != LIST_PAGE_SIZE) {
                        throw new IllegalStateException(
                                "page of " + result.items().size());
                    }
                });
                // The statements behind the service in one: the page's ids from the sort index, then
                // those rows with their authors.
                String sql = "select p.id, p.title, coalesce(a.display_name, ''), p.created_at, p.votes_for,"
                        + " p.votes_against, p.comment_count, p.hidden_reason from proposal p join user_account a"
                        + " on a.id = p.author_id where p.id in (select p.id from proposal p where p.theme_group_id = ?"
                        + " order by " + orders.get(sort) + " offset ? rows fetch next ? rows only)"
                        + " order by " + orders.get(sort);
                Timings jdbcTimings = Timings.measure(scale.listIterations() / 2, scale.listIterations(), () -> {
                    try (Connection connection = dataSource.getConnection()) {
                        try (PreparedStatement query = connection.prepareStatement(sql)) {
                            query.setLong(1, groupId);
                            query.setLong(2, (long) page * LIST_PAGE_SIZE);
                            query.setInt(3, LIST_PAGE_SIZE);
                            readAll(query);
                        }
                        try (PreparedStatement count =
                                connection.prepareStatement("select count(*) from proposal where theme_group_id = ?")) {
                            count.setLong(1, groupId);
                            readAll(count);
                        }
                    }
                });
                results.add(
                        "1. List " + sort.name().toLowerCase(Locale.ROOT) + ", "
                                + (page == 0 ? "first page" : "page " + Results.number(page + 1) + " (deep)") + " of "
                                + LIST_PAGE_SIZE,
                        serviceTimings.summary(),
                        jdbcTimings.summary(),
                        Results.ratio(serviceTimings.p95(), jdbcTimings.p95()),
                        "p95 ≤ 20 ms",
                        serviceTimings.p95() <= 20);
            }
        }
        results.note("Lists: `ProposalService.listProposals` as `ThemeGroupView` calls it (page and count query),"
                + " anonymous; baseline: the same statements over plain JDBC (the page's ids from the sort index and"
                + " their rows as one query, and the count). Deep page = page "
                + (deepPage + 1) + " of " + (total + LIST_PAGE_SIZE - 1) / LIST_PAGE_SIZE + ". Ratios compare p95.");
    }

    // --- 7. search ------------------------------------------------------------------------------------

    /**
     * The search page's first page for typical searches across all consultations (a rare word, a
     * compound part, a phrase, two words), as {@code SearchView} asks for it. Baseline: what the
     * list offered before, a title-only {@code LIKE} over all proposals with its count.
     */
    private void search() throws Exception {
        anonymous();
        SearchService service = context.getBean(SearchService.class);
        Map<String, String> searches = new LinkedHashMap<>();
        searches.put("rare word", "Lobbyregister");
        searches.put("compound part", "Haushalt");
        searches.put("phrase", "\"offene Daten\"");
        searches.put("two words", "Gutachten Schulen");
        for (Map.Entry<String, String> search : searches.entrySet()) {
            long[] hits = {0};
            Timings serviceTimings = Timings.measure(scale.listIterations() / 4, scale.listIterations() / 2, () -> {
                SearchService.Page page = service.search(new SearchService.Request(
                        search.getValue(), null, null, null, OutcomeFilter.ALL, SearchService.Order.RELEVANCE, 1));
                hits[0] = page.total();
            });
            String word = search.getValue().replace("\"", "").split(" ")[0].toLowerCase(Locale.ROOT);
            Timings likeTimings = Timings.measure(scale.listIterations() / 4, scale.listIterations() / 2, () -> {
                try (Connection connection = dataSource.getConnection()) {
                    try (PreparedStatement query = connection.prepareStatement(
                            "select p.id, p.title from proposal p where lower(p.title) like ?"
                                    + " order by p.votes_for desc, p.id desc fetch first 20 rows only")) {
                        query.setString(1, "%" + word + "%");
                        readAll(query);
                    }
                    try (PreparedStatement count = connection.prepareStatement(
                            "select count(*) from proposal p where lower(p.title) like ?")) {
                        count.setString(1, "%" + word + "%");
                        readAll(count);
                    }
                }
            });
            results.add(
                    "7. Search " + search.getKey() + " (" + search.getValue() + "), first page; "
                            + Results.number(hits[0]) + " hits",
                    serviceTimings.summary(),
                    likeTimings.summary(),
                    Results.ratio(serviceTimings.p95(), likeTimings.p95()),
                    "p95 ≤ 50 ms",
                    serviceTimings.p95() <= 50);
        }
        results.note("Search: `SearchService.search` across all consultations, proposals and comments, ranked by"
                + " relevance, first page of 20 and the counts per kind, anonymous. Baseline: the title-only `LIKE`"
                + " over all proposals with its count (the list's search before issue 17), for the first word."
                + " The generator's text has a vocabulary of about 150 words, so every word is common: a"
                + " pessimistic case for ranking.");
    }

    // --- 8. similar proposals while writing, index freshness ----------------------------------------

    private void similarWhileWriting() throws Exception {
        anonymous();
        SimilarProposals similar = context.getBean(SimilarProposals.class);
        ProposalTermStatistics statistics = context.getBean(ProposalTermStatistics.class);
        long groupId = queryLong("select id from theme_group where slug = ? and consultation_id = 1", GROUP);
        statistics.forget();
        long countStart = System.nanoTime();
        similar.whileWriting(groupId, "Haushaltsdaten", "");
        double countMillis = (System.nanoTime() - countStart) / 1e6;
        // What a person has typed after a few pauses: the title growing, then the text.
        String[][] typed = {
            {"Haushaltsdaten", ""},
            {"Haushaltsdaten der Schulen veröffentlichen", ""},
            {
                "Haushaltsdaten der Schulen veröffentlichen",
                "Alle Gutachten und Haushaltsdaten der Schulen sollen als offene"
                        + " Daten im Netz stehen, damit Eltern und Presse sie prüfen können."
            }
        };
        int[] shown = {0};
        int[] turn = {0};
        Timings timings = Timings.measure(scale.listIterations() / 4, scale.listIterations() / 2, () -> {
            String[] text = typed[turn[0]++ % typed.length];
            shown[0] = Math.max(
                    shown[0], similar.whileWriting(groupId, text[0], text[1]).size());
        });
        Timings titleWords = Timings.measure(scale.listIterations() / 4, scale.listIterations() / 2, () -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement(
                            "select p.id, p.title from proposal p join theme_group g on g.id = p.theme_group_id"
                                    + " where g.consultation_id = 1 and (lower(p.title) like ? or lower(p.title) like ?)"
                                    + " order by p.votes_for desc, p.id desc fetch first 5 rows only")) {
                query.setString(1, "%haushaltsdaten%");
                query.setString(2, "%schulen%");
                readAll(query);
            }
        });
        results.add(
                "8. Similar proposals while writing (largest consultation), up to " + shown[0] + " shown",
                timings.summary(),
                titleWords.summary(),
                Results.ratio(timings.p95(), titleWords.p95()),
                "p95 ≤ 100 ms",
                timings.p95() <= 100);
        results.add(
                "8. Counting the consultation's term statistics (once per node, then every 10 min in the background)",
                Results.ms(countMillis) + " ms",
                "–",
                "–",
                "informative",
                null);
        results.note(
                "Similar proposals: `SimilarProposals.whileWriting` in the largest consultation (100,000 proposals)"
                        + " for a title as it grows and then with its text, anonymous. Baseline: proposals whose title holds"
                        + " either of two typed words (`LIKE`), the five most supported.");

        // Freshness: a proposal's new words are found by the next search after its transaction commits.
        SearchService search = context.getBean(SearchService.class);
        long proposalId = queryLong(
                "select id from proposal where theme_group_id = ? and hidden_at is null"
                        + " order by id fetch first 1 rows only",
                groupId);
        String word = "frischwort" + System.nanoTime() % 100_000;
        // The vocabulary for typos is counted once per node and is not part of freshness.
        search.search(
                new SearchService.Request(word, null, null, null, OutcomeFilter.ALL, SearchService.Order.RELEVANCE, 1));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update proposal set search_terms = search_terms || ' ''" + word + "'':16000' where id = ?")) {
            update.setLong(1, proposalId);
            update.executeUpdate();
        }
        long committed = System.nanoTime();
        long found = 0;
        while (System.nanoTime() - committed < 10_000_000_000L && found == 0) {
            found = search.search(new SearchService.Request(
                            word, null, null, null, OutcomeFilter.ALL, SearchService.Order.RELEVANCE, 1))
                    .total();
        }
        double freshness = (System.nanoTime() - committed) / 1e6;
        results.add(
                "8. Index freshness: a changed proposal found by search after its commit",
                found > 0 ? Results.ms(freshness) + " ms" : "not found within 10 s",
                "–",
                "–",
                "≤ 2,000 ms",
                found > 0 && freshness <= 2_000);
    }

    // --- 9. clusters of the largest theme group ----------------------------------------------------

    private void clusters() throws Exception {
        loginAs(DataGenerator.ADMIN_EMAIL);
        ClusterService clusters = context.getBean(ClusterService.class);
        long groupId = queryLong("select id from theme_group where slug = ? and consultation_id = 1", GROUP);
        long proposals =
                queryLong("select count(*) from proposal where theme_group_id = ? and hidden_at is null", groupId);
        // Warm: the consultation's word statistics are counted once per node.
        context.getBean(ProposalTermStatistics.class)
                .of(queryLongs("select id from theme_group where consultation_id = 1 order by id"));
        long[] heap = new long[1];
        long start = System.nanoTime();
        clusters.compute(groupId);
        ClusterService.Overview overview = clusters.overview(groupId);
        while (overview.status() != ClusterService.Status.DONE
                && overview.status() != ClusterService.Status.FAILED
                && System.nanoTime() - start < 600_000_000_000L) {
            Thread.sleep(100);
            heap[0] = Math.max(
                    heap[0],
                    Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
            overview = clusters.overview(groupId);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        results.add(
                "9. Clusters of the largest theme group (" + Results.number(proposals) + " proposals), "
                        + overview.computed().size() + " clusters",
                String.format(
                        Locale.ROOT,
                        "%.1f s (computation %.1f s), heap up to %d MB",
                        seconds,
                        overview.computedInMillis() / 1000.0,
                        heap[0] / 1_000_000),
                "–",
                "–",
                // The two sizes: about 30,000 proposals (national), about 1,000 (small).
                proposals <= 2_000 ? "≤ 2 s in the background" : "≤ 60 s in the background",
                overview.status() == ClusterService.Status.DONE && seconds <= (proposals <= 2_000 ? 2 : 60));
        results.note("Clusters: `ClusterService.compute` for the largest theme group in the background, timed until the"
                + " overview says done; the heap is the JVM's used heap sampled meanwhile (the whole application's)."
                + " The generator's texts share a vocabulary of about 150 words, so every word is common and no"
                + " proposal finds neighbours through rare words: a measure of the pass over the data, not of the"
                + " clusters.");
        anonymous();
    }

    /**
     * An admin's full rebuild of the search index (`SearchIndexRebuild`), timed until the
     * database says it is finished; the heap is sampled meanwhile. Last: it writes every row.
     */
    private void rebuildSearchIndex() throws Exception {
        loginAs(DataGenerator.ADMIN_EMAIL);
        SearchIndexRebuild rebuild = context.getBean(SearchIndexRebuild.class);
        long heap = 0;
        long start = System.nanoTime();
        SearchIndexRebuild.Progress progress = rebuild.start();
        while (progress.running() && System.nanoTime() - start < 3_600_000_000_000L) {
            Thread.sleep(500);
            heap = Math.max(
                    heap,
                    Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
            progress = rebuild.latest().orElseThrow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        results.add(
                "10. Search index rebuilt by an admin (" + Results.number(progress.total())
                        + " proposals and comments)",
                String.format(
                        Locale.ROOT,
                        "%.0f s (%,.0f texts/s), heap up to %d MB",
                        seconds,
                        progress.total() / seconds,
                        heap / 1_000_000),
                "–",
                "–",
                "quoted",
                !progress.running());
        // The rebuild wrote every row anew: the tables are compacted again, so that the data
        // reused by the next run is laid out as generated (a table scan would read the space).
        try (Connection connection = dataSource.getConnection();
                Statement compact = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")) {
                compact.execute("vacuum full analyze proposal, proposal_search_vector, proposal_comment");
            }
        }
        results.note("Rebuild: `SearchIndexRebuild.start` as admin, timed until `search_rebuild` says finished;"
                + " batches of 500 rows in their own transaction on one node; the heap is the JVM's used heap"
                + " sampled every half second (the whole application's). Search keeps answering meanwhile.");
        anonymous();
    }

    private static int readAll(PreparedStatement query) throws SQLException {
        int rows = 0;
        try (ResultSet result = query.executeQuery()) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int c = 1; c <= columns; c++) {
                    result.getObject(c);
                }
                rows++;
            }
        }
        return rows;
    }

    // --- 2. proposal page -------------------------------------------------------------------------

    private void proposalPage() throws Exception {
        anonymous();
        long id = queryLong("select id from proposal where hidden_at is null order by abs(comment_count - 200), id"
                + " fetch first 1 rows only");
        long comments = queryLong("select count(*) from proposal_comment where proposal_id = ?", id);
        ProposalService proposals = context.getBean(ProposalService.class);
        CommentService thread = context.getBean(CommentService.class);
        CommitmentLinks links = context.getBean(CommitmentLinks.class);
        Timings service = Timings.measure(scale.pageIterations() / 2, scale.pageIterations(), () -> {
            proposals.getProposal(id);
            links.commitmentsOf(id, false);
            if (thread.thread(id).isEmpty()) {
                throw new IllegalStateException("no comments");
            }
        });
        Timings jdbc = Timings.measure(scale.pageIterations() / 2, scale.pageIterations(), () -> {
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement query = connection.prepareStatement("select p.*, a.display_name, r.outcome,"
                        + " r.reason from proposal p join user_account a on a.id = p.author_id"
                        + " left join proposal_response r on r.proposal_id = p.id where p.id = ?")) {
                    query.setLong(1, id);
                    readAll(query);
                }
                try (PreparedStatement query = connection.prepareStatement("select c.id, c.parent_id, c.author_id,"
                        + " coalesce(a.display_name, ''), c.body, c.created_at, c.edited_at, c.deleted_at, c.hidden_reason"
                        + " from proposal_comment c join user_account a on a.id = c.author_id where c.proposal_id = ?"
                        + " order by c.created_at, c.id")) {
                    query.setLong(1, id);
                    readAll(query);
                }
            }
        });
        results.add(
                "2. Proposal page with " + comments + " comments in threads",
                service.summary(),
                jdbc.summary(),
                Results.ratio(service.p95(), jdbc.p95()),
                "p95 ≤ 30 ms",
                service.p95() <= 30);
        results.note("Proposal page: `ProposalService.getProposal`, `CommitmentLinks.commitmentsOf` and"
                + " `CommentService.thread` as `ProposalView` calls them; baseline: the proposal row and the comment"
                + " rows over plain JDBC.");
    }

    // --- 11. action plan pages --------------------------------------------------------------------

    private static final String PLAN_SLUG = "benchmark-plan";
    private static final int PLAN_COMMITMENTS = 20;
    private static final int PLAN_MILESTONES = 10;

    /**
     * A published plan of 20 commitments with 10 milestones each, two reports per milestone and two
     * frozen rounds, seeded once beside the consultation; then the plan, monitoring, commitment and
     * round pages' service calls, next to plain JDBC reading the same rows.
     */
    private void actionPlanPages() throws Exception {
        if (queryLong("select count(*) from action_plan where slug = ?", PLAN_SLUG) == 0) {
            seedPlan();
        }
        anonymous();
        var plans = context.getBean(de.kokreation.actionplan.ActionPlanService.class);
        var implementation = context.getBean(de.kokreation.actionplan.ImplementationService.class);
        var rounds = context.getBean(de.kokreation.actionplan.RoundService.class);
        long planId = queryLong("select id from action_plan where slug = ?", PLAN_SLUG);
        long roundId = queryLong("select max(id) from reporting_round where plan_id = ?", planId);
        int iterations = Math.max(200, scale.pageIterations());
        Timings baseline = Timings.measure(iterations / 2, iterations, () -> {
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement query = connection.prepareStatement(
                        "select * from plan_commitment where plan_id = ? order by position")) {
                    query.setLong(1, planId);
                    readAll(query);
                }
                try (PreparedStatement query = connection.prepareStatement("select m.* from plan_milestone m"
                        + " join plan_commitment c on c.id = m.commitment_id where c.plan_id = ?"
                        + " order by c.position, m.position")) {
                    query.setLong(1, planId);
                    readAll(query);
                }
            }
        });
        Map<String, Timings.Call> pages = new LinkedHashMap<>();
        pages.put("plan page", () -> plans.plan(PLAN_SLUG));
        pages.put("monitoring page", () -> {
            plans.plan(PLAN_SLUG);
            rounds.rounds(PLAN_SLUG);
        });
        pages.put("commitment page", () -> implementation.commitment(PLAN_SLUG, 10));
        pages.put("round page", () -> rounds.round(PLAN_SLUG, roundId));
        for (Map.Entry<String, Timings.Call> page : pages.entrySet()) {
            String name = page.getKey();
            Timings service = Timings.measure(iterations / 2, iterations, page.getValue());
            results.add(
                    "11. Action plan " + name + " (" + PLAN_COMMITMENTS + " commitments, "
                            + PLAN_COMMITMENTS * PLAN_MILESTONES + " milestones)",
                    service.summary(),
                    baseline.summary(),
                    Results.ratio(service.p95(), baseline.p95()),
                    "p95 ≤ 50 ms",
                    service.p95() <= 50);
        }
        results.note("Action plan pages: the service calls each page makes (`ActionPlanService.plan`; with"
                + " `RoundService.rounds` for the monitoring page; `ImplementationService.commitment` with its"
                + " history of 20 reports; `RoundService.round` comparing two frozen rounds), a fixed number of"
                + " queries whatever the plan's size (`PlanQueryCountTest`); baseline: the plan's commitments and"
                + " milestones over plain JDBC.");
    }

    /** Final drafts of the first theme group and the plan adopting them, through the seed writers. */
    private void seedPlan() throws SQLException {
        long groupId = queryLong("select id from theme_group where slug = ? and consultation_id = 1", GROUP);
        long authorId = queryLong("select min(id) from user_account");
        List<Long> proposals = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select id from proposal where theme_group_id = ? order by id fetch first 100 rows only")) {
            query.setLong(1, groupId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    proposals.add(rows.getLong(1));
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var drafts = new de.kokreation.drafting.seed.DraftSeeds(connection);
                    var seeds = new de.kokreation.actionplan.seed.ActionPlanSeeds(connection)) {
                long planId = seeds.insert(new de.kokreation.actionplan.seed.ActionPlanSeeds.Plan(
                        PLAN_SLUG,
                        "Benchmark-Aktionsplan",
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2028, 12, 31),
                        "Bundeskabinett",
                        "Ein Plan für den Benchmark.",
                        de.kokreation.actionplan.PlanStatus.PUBLISHED,
                        now,
                        now));
                List<Long> roundIds = List.of(
                        seeds.insert(new de.kokreation.actionplan.seed.ActionPlanSeeds.Round(
                                planId, "Erste Runde", LocalDate.of(2027, 6, 30), now, now)),
                        seeds.insert(new de.kokreation.actionplan.seed.ActionPlanSeeds.Round(
                                planId, "Zweite Runde", LocalDate.of(2027, 12, 31), now, now)));
                var levels = de.kokreation.actionplan.CompletionLevel.values();
                for (int c = 0; c < PLAN_COMMITMENTS; c++) {
                    List<de.kokreation.drafting.Milestone> milestones = new ArrayList<>();
                    for (int m = 0; m < PLAN_MILESTONES; m++) {
                        milestones.add(new de.kokreation.drafting.Milestone(
                                "Meilenstein " + (m + 1) + " der Verpflichtung " + (c + 1),
                                LocalDate.of(2027, 1, 1).plusMonths(m),
                                LocalDate.of(2027, 2, 1).plusMonths(m)));
                    }
                    var content = new de.kokreation.drafting.DraftContent(
                            "Verpflichtung " + (c + 1),
                            LocalDate.of(2027, 1, 1),
                            LocalDate.of(2028, 12, 31),
                            "Bundesministerium " + (c % 5 + 1),
                            "Problem.",
                            "Verpflichtung.",
                            "Beitrag.",
                            "Werte.",
                            "",
                            "Kontakt",
                            "Referat",
                            "kontakt@bund.example",
                            "",
                            "",
                            "",
                            milestones);
                    long draftId = drafts.insert(new de.kokreation.drafting.seed.DraftSeeds.Draft(
                            groupId, de.kokreation.drafting.DraftStatus.FINAL, 1, content.title(), now, now, now));
                    drafts.insertVersion(draftId, 1, authorId, now, content);
                    for (int p = 0; p < 5 && !proposals.isEmpty(); p++) {
                        drafts.link(draftId, proposals.get((c * 5 + p) % proposals.size()), now);
                    }
                    long commitmentId = seeds.insert(new de.kokreation.actionplan.seed.ActionPlanSeeds.Commitment(
                            planId,
                            c + 1,
                            draftId,
                            1,
                            content.title(),
                            content.leadAgency(),
                            de.kokreation.actionplan.CompletionLevel.LIMITED,
                            now));
                    for (int m = 0; m < PLAN_MILESTONES; m++) {
                        var level = levels[(c + m) % 4];
                        long milestoneId = seeds.insert(new de.kokreation.actionplan.seed.ActionPlanSeeds.Milestone(
                                commitmentId,
                                m + 1,
                                milestones.get(m).deliverable(),
                                milestones.get(m).start(),
                                milestones.get(m).end(),
                                level,
                                now));
                        Long last = null;
                        for (int r = 0; r < 2; r++) {
                            last = seeds.insert(new de.kokreation.actionplan.seed.ActionPlanSeeds.Report(
                                    commitmentId,
                                    milestoneId,
                                    authorId,
                                    now,
                                    LocalDate.of(2027, 6 * r + 6, 1),
                                    r == 0 ? de.kokreation.actionplan.CompletionLevel.LIMITED : level,
                                    de.kokreation.actionplan.CompletionLevel.NOT_STARTED,
                                    "Stand der Arbeit " + r,
                                    List.of()));
                            seeds.add(new de.kokreation.actionplan.seed.ActionPlanSeeds.SnapshotRow(
                                    roundIds.get(r),
                                    commitmentId,
                                    milestoneId,
                                    r == 0 ? de.kokreation.actionplan.CompletionLevel.LIMITED : level,
                                    false,
                                    last));
                        }
                    }
                    for (long round : roundIds) {
                        seeds.add(new de.kokreation.actionplan.seed.ActionPlanSeeds.SnapshotRow(
                                round,
                                commitmentId,
                                null,
                                de.kokreation.actionplan.CompletionLevel.LIMITED,
                                false,
                                null));
                    }
                }
            }
            connection.commit();
        }
    }

    // --- 4. open data and report ------------------------------------------------------------------

    /** Discards what it is given and counts the bytes. */
    static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private void openDataExport() throws Exception {
        anonymous();
        OpenDataExport export = context.getBean(OpenDataExport.class);
        long proposals = queryLong("select count(*) from proposal where hidden_at is null");
        long comments = queryLong("select count(*) from proposal_comment c join proposal p on p.id = c.proposal_id"
                + " where p.hidden_at is null");
        long rows = proposals + comments;
        exportFigure("4. Open data export.json", rows, out -> export.writeExportJson(DataGenerator.SLUG, out));
        exportFigure("4. Open data proposals.csv + comments.csv", rows, out -> {
            export.writeProposalsCsv(DataGenerator.SLUG, out);
            export.writeCommentsCsv(DataGenerator.SLUG, out);
        });
        // Baseline: the same rows read over plain JDBC with the same fetch size in one read-only transaction.
        TransactionTemplate readOnly = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        Timings.Call bare = () -> readOnly.executeWithoutResult(status -> {
            var jdbc = new JdbcTemplate(dataSource);
            jdbc.setFetchSize(5000); // as the export (PublicContent.FETCH_SIZE)
            AtomicLong read = new AtomicLong();
            RowCallbackHandler handler = row -> {
                int columns = row.getMetaData().getColumnCount();
                for (int c = 1; c <= columns; c++) {
                    row.getObject(c);
                }
                read.incrementAndGet();
            };
            for (String sql : List.of(
                    "select p.* from proposal p where p.hidden_at is null order by p.id",
                    "select c.* from proposal_comment c join proposal p on p.id = c.proposal_id"
                            + " where p.hidden_at is null order by c.id")) {
                jdbc.query(
                        connection -> {
                            var statement = connection.prepareStatement(sql);
                            // Binary results on PostgreSQL, as the export asks for (PublicContent.binaryResults).
                            if (statement.isWrapperFor(PGStatement.class)) {
                                statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
                            }
                            return statement;
                        },
                        handler);
            }
        });
        Timings baseline = Timings.measure(3, scale.exportRuns(), bare);
        exportBaselineRowsPerSecond = rows / (baseline.percentile(0.5) / 1000);
        results.note("Open data: " + Results.number(rows) + " rows (" + Results.number(proposals) + " proposals, "
                + Results.number(comments) + " comments; no drafts before the draft-commenting phase) written by"
                + " `OpenDataExport` into a discarding stream; rows/s from the median of " + scale.exportRuns()
                + " runs after three warm-up runs; baseline: the same rows read over plain JDBC (fetch size 5000, binary"
                + " results on PostgreSQL, read-only transaction), " + Results.number(exportBaselineRowsPerSecond)
                + " rows/s. Heap: see HeapProbe —"
                + " a second run with a full GC every 50 ms; 'held' = peak live heap minus live heap before.");
        for (Results.Row row : pendingExportRows) {
            results.add(
                    row.figure(),
                    row.value(),
                    Results.number(exportBaselineRowsPerSecond) + " rows/s",
                    Results.ratio(Double.parseDouble(row.ratio()), exportBaselineRowsPerSecond),
                    row.target(),
                    row.met());
        }
        pendingExportRows.clear();
    }

    // --- 12. the open web: sitemaps, validators, first HTML, feeds -------------------------------

    /**
     * What crawlers and feed readers ask of a national installation, over HTTP as they ask it: the
     * sitemap index, the largest page of the proposals' sitemap, a 304 for export.json (the
     * validator only), a proposal page's first HTML with its preview, the consultation's feed.
     * Baselines: the same rows read over plain JDBC, the first HTML of a page without an object.
     */
    private void openWeb() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        int iterations = Math.max(20, scale.pageIterations() / 5);
        long proposal =
                queryLong("select id from proposal where hidden_at is null order by id fetch first 1 rows only");
        long firstRangeRows = queryLong("select count(*) from proposal where id < 20000 and hidden_at is null");
        Timings sitemap = Timings.measure(3, iterations, () -> expect(http, "/sitemaps/proposals-0.xml", 200, null));
        Timings sitemapRows = Timings.measure(3, iterations, () -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement(
                            "select id, updated_at from proposal where id >= 0 and id < 20000 and hidden_at is null"
                                    + " order by id")) {
                readAll(query);
            }
        });
        results.add(
                "12. Sitemap page of proposal ids 0–19,999 (" + Results.number(firstRangeRows) + " addresses)",
                sitemap.summary(),
                sitemapRows.summary() + " (JDBC)",
                Results.ratio(sitemap.p95(), sitemapRows.p95()),
                "p95 ≤ 500 ms",
                sitemap.p95() <= 500);
        Timings index = Timings.measure(3, iterations, () -> expect(http, "/sitemap.xml", 200, null));
        results.add("12. Sitemap index", index.summary(), "–", "–", "p95 ≤ 50 ms", index.p95() <= 50);

        String exportPath = "/api/v1/consultations/" + DataGenerator.SLUG + "/export.json";
        String etag = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + exportPath))
                                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        Timings notModified = Timings.measure(3, iterations, () -> expect(http, exportPath, 304, etag));
        Timings aggregates = Timings.measure(3, iterations, () -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement query = connection.prepareStatement(
                            "select count(*), max(updated_at), sum(votes_for), sum(comment_count) from proposal")) {
                readAll(query);
            }
        });
        results.add(
                "12. export.json answered 304 (validator of the whole consultation)",
                notModified.summary(),
                aggregates.summary() + " (one aggregate over proposals)",
                Results.ratio(notModified.p95(), aggregates.p95()),
                "p95 ≤ 1 s",
                notModified.p95() <= 1000);
        Timings firstHtml = Timings.measure(3, iterations, () -> expect(http, "/vorschlaege/" + proposal, 200, null));
        Timings plainHtml = Timings.measure(3, iterations, () -> expect(http, "/datenschutz", 200, null));
        results.add(
                "12. First HTML of a proposal page with its preview tags",
                firstHtml.summary(),
                plainHtml.summary() + " (a page without object)",
                Results.ratio(firstHtml.p95(), plainHtml.p95()),
                "p95 ≤ 100 ms",
                firstHtml.p95() <= 100);
        Timings feed = Timings.measure(
                3,
                iterations,
                () -> expect(http, "/api/v1/feeds/consultations/" + DataGenerator.SLUG + ".atom", 200, null));
        results.add(
                "12. Atom feed of the consultation (50 entries)",
                feed.summary(),
                "–",
                "–",
                "p95 ≤ 300 ms",
                feed.p95() <= 300);
        results.note("Open web: each address fetched " + iterations + " times over HTTP by one client after three"
                + " warm-up requests (`java.net.http`, the body read to the end); the 304 sends the current ETag in"
                + " `If-None-Match`. A first HTML creates a session like any visitor's first request.");
    }

    private void expect(HttpClient http, String path, int status, String etag) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != status) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ", not " + status);
        }
    }

    private double exportBaselineRowsPerSecond;
    private final List<Results.Row> pendingExportRows = new ArrayList<>();

    interface Writing {
        void write(OutputStream out) throws Exception;
    }

    private void exportFigure(String figure, long rows, Writing writing) throws Exception {
        CountingSink sink = new CountingSink();
        // Three warm-up runs: at small scale a run is too short for the JIT to finish compiling in one.
        Timings timings = Timings.measure(3, scale.exportRuns(), () -> {
            sink.bytes = 0;
            writing.write(sink);
        });
        double seconds = timings.percentile(0.5) / 1000;
        double rate = rows / seconds;
        HeapProbe probe = HeapProbe.start();
        try (probe) {
            writing.write(new CountingSink());
        }
        boolean met = rate >= 200_000 && probe.heldMegabytes() <= 256;
        pendingExportRows.add(new Results.Row(
                figure,
                Results.number(rate) + " rows/s (" + String.format(Locale.ROOT, "%.2f", seconds) + " s, "
                        + Results.number(sink.bytes / 1024.0 / 1024.0) + " MB); heap held "
                        + Results.number(probe.heldMegabytes()) + " MB",
                "",
                Double.toString(rate),
                "≥ 200,000 rows/s, heap ≤ 256 MB",
                met));
    }

    private void report() throws Exception {
        loginAs(DataGenerator.ADMIN_EMAIL);
        try {
            long proposals = queryLong("select count(*) from proposal where hidden_at is null");
            // Baseline: the report's largest query (every visible proposal with its response) over plain JDBC.
            Timings baseline = Timings.measure(1, 3, () -> {
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement query =
                                connection.prepareStatement("select p.id, p.theme_group_id, p.title, p.votes_for,"
                                        + " p.votes_against, r.outcome, r.reason from proposal p join theme_group g on"
                                        + " g.id = p.theme_group_id left join proposal_response r on r.proposal_id = p.id"
                                        + " where g.consultation_id = 1 and p.hidden_at is null"
                                        + " order by g.position, p.votes_for desc, p.id")) {
                    readAll(query);
                }
            });
            for (ExportFormat format : List.of(ExportFormat.DOCX, ExportFormat.PDF)) {
                if (!selected("report-" + format.name().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                ExportJobs exportJobs = context.getBean(ExportJobs.class);
                BackgroundJobs jobs = context.getBean(BackgroundJobs.class);
                long[] bytes = new long[1];
                // As the export page makes it: a background job writes the file to the job directory,
                // then the download streams it from there (the same JobFile stream the page's
                // download handler copies into the response).
                // At national scale one run takes long enough to warm itself up.
                Timings timings = Timings.measure(scale.proposals() >= 100_000 ? 0 : 1, scale.reportRuns(), () -> {
                    bytes[0] = reportAsJob(exportJobs, jobs, format);
                });
                HeapProbe probe = HeapProbe.start();
                try (probe) {
                    reportAsJob(exportJobs, jobs, format);
                }
                double seconds = timings.percentile(0.5) / 1000;
                results.add(
                        "4. Ergebnisbericht " + format.name() + " (" + Results.number(proposals) + " proposals)",
                        String.format(
                                Locale.ROOT,
                                "%.2f s, %.1f MB; heap held %s MB",
                                seconds,
                                bytes[0] / 1024.0 / 1024.0,
                                Results.number(probe.heldMegabytes())),
                        Results.ms(baseline.p50()) + " ms (SQL)",
                        Results.ratio(seconds * 1000, baseline.p50()),
                        "≤ 20 s",
                        seconds <= 20);
            }
            results.note("Report: made as the export page makes it, a background job (`ExportJobs.startReport`) as a"
                    + " coordinator (all theme groups) writing to the job directory, then downloaded: the file"
                    + " streamed from there as the page's download does; time from the start to the last byte"
                    + " read, median of "
                    + scale.reportRuns()
                    + " runs (after one warm-up below national scale); baseline: its largest query (every visible"
                    + " proposal with its response) over plain JDBC; the aggregate queries (participants and weekly"
                    + " figures over all votes and comments) run side by side on connections of their own."
                    + " 'heap held' as for the export, over making and downloading: both formats are written as"
                    + " streams to a file, the PDF's pages and table rows leave the heap once finished, and the"
                    + " download reads the file in 8 KB pieces.");
        } finally {
            anonymous();
        }
    }

    // --- 13. dashboard -------------------------------------------------------------------------------

    /**
     * The coordinators' dashboard of the national consultation (every theme group): all its
     * figures as the page asks for them, and the public picture on the consultation page counted
     * afresh (it is then kept for five minutes). Baseline: the heaviest of the dashboard's queries
     * alone, the people who took part (distinct over every proposal, comment and vote) over plain JDBC.
     */
    private void dashboard() throws Exception {
        loginAs(DataGenerator.ADMIN_EMAIL);
        try {
            ConsultationDashboard dashboard = context.getBean(ConsultationDashboard.class);
            Timings baseline = Timings.measure(
                    1,
                    3,
                    () -> queryLong("select count(distinct account_id) from ("
                            + "select p.author_id as account_id from proposal p where p.hidden_at is null"
                            + " union all select c.author_id from proposal_comment c join proposal p on p.id = c.proposal_id"
                            + " where p.hidden_at is null and c.hidden_at is null and c.deleted_at is null"
                            + " union all select v.voter_id from proposal_vote v join proposal p on p.id = v.proposal_id"
                            + " where p.hidden_at is null and v.voter_id is not null) participation"));
            long[] participants = new long[1];
            Timings timings = Timings.measure(
                    1,
                    5,
                    () -> participants[0] =
                            dashboard.figures(DataGenerator.SLUG).totals().participants());
            results.add(
                    "13. Dashboard, counted (" + Results.number(participants[0]) + " participants)",
                    timings.summary(),
                    Results.ms(baseline.p50()) + " ms (SQL)",
                    Results.ratio(timings.p50(), baseline.p50()),
                    "≤ 15 s, in the background",
                    timings.p95() <= 15_000);
            dashboard.count(DataGenerator.SLUG).get();
            Timings shown = Timings.measure(
                    10, 200, () -> dashboard.counted(DataGenerator.SLUG).orElseThrow());
            results.add(
                    "13. Dashboard, as the page opens (figures kept)",
                    shown.summary(),
                    Results.ms(baseline.p50()) + " ms (SQL)",
                    Results.ratio(shown.p95(), baseline.p50()),
                    "p95 ≤ 50 ms",
                    shown.p95() <= 50);
            ThemeGroupStatistics statistics = context.getBean(ThemeGroupStatistics.class);
            List<Long> groups = queryLongs("select id from theme_group where consultation_id = 1");
            long countStarted = System.nanoTime();
            while (statistics.participation(groups).isEmpty()) {
                Thread.sleep(10);
            }
            double countedMillis = (System.nanoTime() - countStarted) / 1e6;
            Timings kept = Timings.measure(10, 200, () -> statistics.participation(groups));
            results.add(
                    "13. Public participation figures (consultation page)",
                    "counted in the background in " + Results.ms(countedMillis) + " ms; then " + kept.summary(),
                    Results.ms(baseline.p50()) + " ms (SQL)",
                    Results.ratio(kept.p95(), baseline.p50()),
                    "p95 ≤ 5 ms",
                    kept.p95() <= 5);
            results.note("Dashboard: counted = `ConsultationDashboard.figures` as a coordinator of every theme"
                    + " group (twelve aggregate queries, three at a time on connections of their own),"
                    + " median of 5 runs after one warm-up: what a count in the background takes before the page"
                    + " gets the figures pushed. As the page opens = the figures kept on the node"
                    + " (`kokreation.statistics.dashboard-refresh`, 5 min; older ones are shown and counted again)."
                    + " The public figures are likewise counted in the background, at most every five minutes per"
                    + " node (`kokreation.statistics.public-refresh`); no visitor waits for the count.");
        } finally {
            anonymous();
        }
    }

    /** Starts the report as a job, waits for it, streams the file from the job directory; answers its size. */
    private static long reportAsJob(ExportJobs exportJobs, BackgroundJobs jobs, ExportFormat format)
            throws IOException, InterruptedException {
        JobStatus status = exportJobs.startReport(DataGenerator.SLUG, format, Locale.GERMAN);
        while (status.state().isActive()) {
            Thread.sleep(20);
            status = jobs.status(status.id());
        }
        if (status.state() != JobState.DONE) {
            throw new IllegalStateException("The report job ended " + status.state() + ": " + status.messageKey() + " "
                    + status.messageArguments());
        }
        try (InputStream file = jobs.file(status.id()).open()) {
            return file.transferTo(OutputStream.nullOutputStream());
        }
    }

    // --- 3. votes ---------------------------------------------------------------------------------

    private void votes() throws Exception {
        // The exports before leave garbage to collect (the PDF report once left 1.5 GB); G1 doing that
        // during the 30 s of voting halved the rate in a full run (3,728/s against 6,325/s alone).
        // Collected before, as a server between two unrelated requests would have long done.
        System.gc();
        Thread.sleep(2_000);
        VoteService votes = context.getBean(VoteService.class);
        long firstReserved = DataGenerator.firstReservedVoter(scale);
        List<Long> hot = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select id from proposal where hidden_at is null order by votes_for desc, id")) {
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    hot.add(result.getLong(1));
                }
            }
        }
        long[] proposals = hot.stream().mapToLong(Long::longValue).toArray();
        long rowsBefore = queryLong("select count(*) from proposal_vote");
        Duration duration = Duration.ofSeconds(scale.voteSeconds());

        // The service: each voter logged in on its own thread, casting and changing votes on proposals
        // chosen like real attention (log-uniform over the proposals by support: the top ones most).
        List<Map<Long, VoteDirection>> finalVotes = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            finalVotes.add(new HashMap<>());
        }
        long serviceOps = concurrently(
                duration,
                voter -> {
                    loginAs("person-" + (firstReserved + voter) + "@benchmark.example");
                    return null;
                },
                (voter, random) -> {
                    long proposal = proposals[logUniform(random, proposals.length)];
                    Map<Long, VoteDirection> mine = finalVotes.get(voter);
                    VoteDirection previous = mine.get(proposal);
                    VoteDirection direction = previous == null
                            ? (random.nextInt(4) == 0 ? VoteDirection.AGAINST : VoteDirection.FOR)
                            : previous == VoteDirection.FOR ? VoteDirection.AGAINST : VoteDirection.FOR;
                    votes.cast(proposal, direction);
                    mine.put(proposal, direction);
                    return true;
                });
        double serviceRate = serviceOps / (double) duration.toSeconds();

        // Checks: every vote there exactly once, every counter equal to its rows.
        long expectedFor = finalVotes.stream()
                .flatMap(m -> m.values().stream())
                .filter(d -> d == VoteDirection.FOR)
                .count();
        long expectedAgainst = finalVotes.stream()
                .flatMap(m -> m.values().stream())
                .filter(d -> d == VoteDirection.AGAINST)
                .count();
        long rowsFor = queryLong(
                "select count(*) from proposal_vote where voter_id between ? and ? and direction = 'FOR'",
                firstReserved,
                firstReserved + VOTERS - 1);
        long rowsAgainst = queryLong(
                "select count(*) from proposal_vote where voter_id between ? and ?" + " and direction = 'AGAINST'",
                firstReserved,
                firstReserved + VOTERS - 1);
        long doubled = queryLong("select count(*) from (select proposal_id, voter_id from proposal_vote where voter_id"
                + " is not null group by proposal_id, voter_id having count(*) > 1) d");
        long counterMismatches = queryLong("""
                select count(*) from proposal p left join (
                    select proposal_id, sum(case when direction = 'FOR' then 1 else 0 end) as f,
                           sum(case when direction = 'AGAINST' then 1 else 0 end) as a
                      from proposal_vote group by proposal_id) v on v.proposal_id = p.id
                 where p.votes_for <> coalesce(v.f, 0) or p.votes_against <> coalesce(v.a, 0)""");
        long rowsAfter = queryLong("select count(*) from proposal_vote");
        boolean correct = rowsFor == expectedFor
                && rowsAgainst == expectedAgainst
                && doubled == 0
                && counterMismatches == 0
                && rowsAfter - rowsBefore == expectedFor + expectedAgainst;

        // Baseline: plain JDBC inserts into the same table at the same concurrency, one new row each.
        // Each thread votes as the reserved accounts not used above (three per thread); a pick the
        // thread has already voted on with all of them inserts nothing and does not count.
        int baselineAccounts = (DataGenerator.RESERVED_VOTERS - VOTERS) / VOTERS;
        List<List<Set<Long>>> baselineVoted = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            List<Set<Long>> perAccount = new ArrayList<>();
            for (int a = 0; a < baselineAccounts; a++) {
                perAccount.add(new HashSet<>());
            }
            baselineVoted.add(perAccount);
        }
        long baselineOps = concurrently(duration, voter -> null, (voter, random) -> {
            long proposal = proposals[logUniform(random, proposals.length)];
            List<Set<Long>> accounts = baselineVoted.get(voter);
            int account = 0;
            while (account < accounts.size() && !accounts.get(account).add(proposal)) {
                account++;
            }
            if (account == accounts.size()) {
                return false;
            }
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into proposal_vote (proposal_id, voter_id, direction, cast_at) values (?, ?, 'FOR', ?)")) {
                insert.setLong(1, proposal);
                insert.setLong(2, firstReserved + (long) VOTERS * (account + 1) + voter);
                insert.setObject(3, OffsetDateTime.now());
                insert.executeUpdate();
            }
            return true;
        });
        double baselineRate = baselineOps / (double) duration.toSeconds();
        restoreVotes(firstReserved);

        results.add(
                "3. Votes cast by " + VOTERS + " concurrent voters for " + duration.toSeconds() + " s",
                Results.number(serviceRate) + " votes/s; "
                        + (correct
                                ? "none lost, none doubled, counters exact"
                                : "**WRONG**: rows FOR " + rowsFor + "/" + expectedFor + ", AGAINST " + rowsAgainst
                                        + "/" + expectedAgainst + ", doubled " + doubled + ", counter mismatches "
                                        + counterMismatches),
                Results.number(baselineRate) + " inserts/s",
                Results.ratio(serviceRate, baselineRate),
                "≥ 5,000 votes/s, none lost",
                serviceRate >= 5_000 && correct);
        results.note("Votes: `VoteService.cast` (written in batches by `VoteWriter`) by " + VOTERS + " logged-in voters"
                + " on their own threads, each picking proposals log-uniformly by support rank and changing its vote"
                + " when it has one (" + Results.number(serviceOps) + " calls); afterwards the rows of each voter"
                + " are compared with what it cast, duplicates searched, and every proposal's counters recounted"
                + " from the rows. Baseline: one autocommitted plain JDBC insert per call into proposal_vote through"
                + " the same connection pool (" + Results.number(baselineOps) + " inserts). Both are undone"
                + " afterwards.");
    }

    /** Index into a list sorted by popularity: log-uniform, so the first entries are chosen most often. */
    private static int logUniform(Random random, int size) {
        return Math.min(size - 1, (int) Math.floor(Math.pow(size + 1, random.nextDouble())) - 1);
    }

    interface Setup {
        Object prepare(int voter) throws Exception;
    }

    interface Action {
        /** Does one call; tells whether it counts (false: nothing was left to do for this pick). */
        boolean act(int voter, Random random) throws Exception;
    }

    /** Runs {@code action} on {@value #VOTERS} threads for the duration; returns the number of completed calls. */
    private static long concurrently(Duration duration, Setup setup, Action action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(VOTERS);
        AtomicLong completed = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < VOTERS; i++) {
                int voter = i;
                futures.add(pool.submit(() -> {
                    setup.prepare(voter);
                    Random random = new Random(SEED + voter);
                    while (System.nanoTime() < end) {
                        try {
                            if (action.act(voter, random)) {
                                completed.incrementAndGet();
                            }
                        } catch (RuntimeException failed) {
                            if (failures.incrementAndGet() <= 3) {
                                failed.printStackTrace();
                            }
                            throw failed;
                        }
                    }
                    anonymous();
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return completed.get();
    }

    /**
     * Takes the benchmark's votes back out and recounts the proposals they touched, in small
     * transactions: one delete of half a million rows makes H2 2.4.240 fail an internal assertion
     * (MVStoreException "... != ...") and close the database.
     */
    private void restoreVotes(long firstReserved) throws SQLException {
        List<Long> touched = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select distinct proposal_id from proposal_vote where voter_id >= ?")) {
            query.setLong(1, firstReserved);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    touched.add(result.getLong(1));
                }
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement delete =
                    connection.prepareStatement("delete from proposal_vote where voter_id = ?")) {
                for (long voter = firstReserved; voter < firstReserved + DataGenerator.RESERVED_VOTERS; voter++) {
                    delete.setLong(1, voter);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement recount = connection.prepareStatement("""
                    update proposal set
                      votes_for = (select count(*) from proposal_vote v where v.proposal_id = proposal.id
                                   and v.direction = 'FOR'),
                      votes_against = (select count(*) from proposal_vote v where v.proposal_id = proposal.id
                                   and v.direction = 'AGAINST')
                    where id = ?""")) {
                for (int i = 0; i < touched.size(); i++) {
                    recount.setLong(1, touched.get(i));
                    recount.addBatch();
                    if (i % 500 == 499 || i == touched.size() - 1) {
                        recount.executeBatch();
                    }
                }
            }
        }
    }

    // --- 5. memory per UI ---------------------------------------------------------------------------

    private void memoryPerUi() throws Exception {
        memoryPerUi(baseUrl, HeapProbe::liveHeap, "development mode, this run's context");
    }

    interface LiveHeap {
        long bytes() throws Exception;
    }

    /**
     * Opens {@code scale.sessions()} UIs of the proposal list, each in its own session, against
     * {@code url}, and divides the growth of the live heap (after full GC) by their number.
     */
    private void memoryPerUi(String url, LiveHeap liveHeap, String mode) throws Exception {
        String path = "konsultationen/" + DataGenerator.SLUG + "/themen/" + GROUP;
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        // Warm-up: a few sessions, so that classes, caches and pools are in place before the count.
        for (int i = 0; i < 20; i++) {
            openUi(http, url, path);
        }
        int sessions = scale.sessions();
        long before = liveHeap.bytes();
        long start = System.nanoTime();
        int withView = 0;
        for (int i = 0; i < sessions; i++) {
            withView += openUi(http, url, path) ? 1 : 0;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = liveHeap.bytes();
        if (withView != sessions) {
            throw new IllegalStateException("only " + withView + " of " + sessions + " UIs showed the list");
        }
        double perUi = (after - before) / 1024.0 / sessions;
        results.add(
                "5. Retained heap per open proposal-list UI (" + Results.number(sessions) + " sessions; " + mode + ")",
                Results.number(perUi) + " KB",
                "–",
                "–",
                "≤ 100 KB",
                perUi <= 100);
        results.note("Memory per UI (" + mode + "): " + Results.number(sessions) + " HTTP sessions (opened at "
                + Results.number(sessions / seconds) + "/s), each loading `/" + path + "`, initializing its UI"
                + " (`?v-r=init`) and navigating to the list (`ui-navigate`) as the browser's client does; live"
                + " heap after full GC before and after, difference over the count; the sessions stay open until"
                + " measured. After the navigation each UI makes one more (empty) round trip, as Chromium does"
                + " at once with the sort select's state: Vaadin keeps every UI's last response for a repeated"
                + " request, and without it the 30,000-character answer of the navigation would stay in memory.");
    }

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
    private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * Opens one UI in a new session as a browser does: the page, the UI's init request, then the
     * client's navigation event ({@code ui-navigate} on the UI's root node), whose answer renders
     * the view. Tells whether the view arrived.
     */
    private static boolean openUi(HttpClient http, String baseUrl, String path) throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/" + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie: " + page.statusCode()));
        String init = baseUrl + "/?v-r=init&location=" + URLEncoder.encode(path, StandardCharsets.UTF_8) + "&query=";
        HttpResponse<String> ui = http.send(
                HttpRequest.newBuilder(URI.create(init))
                        .header("Cookie", cookie)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (ui.statusCode() != 200 || !ui.body().contains("\"uidl\"")) {
            throw new IllegalStateException("UI not initialized: " + ui.statusCode() + " "
                    + ui.body().substring(0, Math.min(500, ui.body().length())));
        }
        if (ui.body().contains("kk-results")) {
            return true;
        }
        String uiId = find(UI_ID, ui.body());
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":%s,"clientId":0}""".formatted(find(CSRF, ui.body()), path, find(SYNC_ID, ui.body()));
        HttpResponse<String> view = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + uiId))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(navigate))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (view.statusCode() != 200) {
            throw new IllegalStateException("navigation failed: " + view.statusCode() + " "
                    + view.body().substring(0, Math.min(500, view.body().length())));
        }
        if (!view.body().contains("kk-results")) {
            return false;
        }
        // A browser follows up at once (Chromium sends the sort select's property sync): Vaadin keeps
        // each UI's last response for a repeated request, and the follow-up's tiny answer replaces
        // the big one of the navigation. An empty round trip does the same here.
        String followUp = "{\"csrfToken\":\"%s\",\"rpc\":[],\"syncId\":%s,\"clientId\":%s}"
                .formatted(find(CSRF, ui.body()), find(SYNC_ID, view.body()), find(CLIENT_ID, view.body()));
        HttpResponse<String> idle = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/?v-r=uidl&v-uiId=" + uiId))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(followUp))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (idle.statusCode() != 200 || idle.body().length() > 1000) {
            throw new IllegalStateException("follow-up round trip: " + idle.statusCode() + " "
                    + idle.body().substring(0, Math.min(500, idle.body().length())));
        }
        return true;
    }

    private static String find(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(pattern + " not in " + text.substring(0, Math.min(500, text.length())));
        }
        return matcher.group(1);
    }

    // --- 6. start ---------------------------------------------------------------------------------

    private static long firstPageNanos(String url, long since) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return System.nanoTime() - since;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
    }

    /** The production jar's start to its first served page, when a production jar was built. */
    private void productionJarStart() throws Exception {
        Path jar;
        try (Stream<Path> files = Files.list(projectDirectory.resolve("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("kokreation-.*\\.jar")
                            && !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElse(null);
        }
        if (jar == null || !isProductionJar(jar)) {
            results.add("6. Production jar: start to first page", "not measured", "–", "–", "≤ 8 s", null);
            results.note("Start: no production jar in target/ (build it first with `mvn -Pproduction package"
                    + " -DskipTests`, which needs Node ≥ 24, see TOOLCHAIN.md); the row above is this run's own"
                    + " application context in development mode, measured from `SpringApplication.run` to the first"
                    + " 200 on `/`.");
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> arguments = List.of(
                "--spring.profiles.active=prod",
                "--spring.config.location=classpath:/",
                "--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=" + user(),
                "--spring.datasource.password=",
                "--logging.level.root=WARN");

        // As built: java -jar.
        List<String> plain = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        plain.addAll(arguments);
        startFigure("6. Production jar: start to first page (`java -jar`, median of 3)", plain, false);

        // As the README recommends for production: the jar extracted, with the JDK's AOT cache from a
        // training run (JEP 483/514), classes loaded and linked ahead of time.
        Path extracted = projectDirectory.resolve("target/benchmark/jar");
        Path cache = extracted.resolve("kokreation.aot");
        run(
                java,
                "-Djarmode=tools",
                "-jar",
                jar.toString(),
                "extract",
                "--force",
                "--destination",
                extracted.toString());
        Path extractedJar = extracted.resolve(jar.getFileName());
        List<String> training = new ArrayList<>(List.of(
                java,
                "-XX:AOTCacheOutput=" + cache,
                "-Dspring.context.exit=onRefresh",
                "-jar",
                extractedJar.toString()));
        training.addAll(arguments);
        training.add("--server.port=0");
        run(training.toArray(String[]::new));
        List<String> withCache =
                new ArrayList<>(List.of(java, "-XX:AOTCache=" + cache, "-jar", extractedJar.toString()));
        withCache.addAll(arguments);
        startFigure(
                "6. Production jar, extracted with AOT cache: start to first page (median of 3)",
                withCache,
                selected("memory"));
        results.note("Start: the production jar (`mvn -Pproduction package`) against this run's database, from"
                + " process start to the first 200 on `/`. The AOT cache comes from one training run"
                + " (`-XX:AOTCacheOutput`, `-Dspring.context.exit=onRefresh`) on the extracted jar"
                + " (`java -Djarmode=tools -jar … extract`).");
    }

    /** Starts the command three times, each to its first served page; the third may measure memory per UI. */
    private void startFigure(String figure, List<String> command, boolean measureMemory) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> withPort = new ArrayList<>(command);
        withPort.add("--server.port=" + port);
        List<Long> starts = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(withPort)
                    .redirectErrorStream(true)
                    .redirectOutput(projectDirectory
                            .resolve("target/benchmark/jar-start.log")
                            .toFile())
                    .start();
            try {
                starts.add(firstPageNanos("http://localhost:" + port + "/", start));
                if (run == 2 && measureMemory) {
                    // The memory an idle UI holds in production mode, in the jar's own JVM.
                    memoryPerUi("http://localhost:" + port, () -> jarLiveHeap(process.pid()), "production jar");
                }
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
        long[] sorted = starts.stream().mapToLong(Long::longValue).sorted().toArray();
        double median = sorted[1] / 1e9;
        results.add(
                figure,
                String.format(
                        Locale.ROOT,
                        "%.2f s (%s)",
                        median,
                        Arrays.stream(sorted)
                                .mapToObj(n -> String.format(Locale.ROOT, "%.2f", n / 1e9))
                                .toList()),
                "–",
                "–",
                "≤ 8 s",
                median <= 8);
    }

    /** The live heap of another JVM after a full collection, as {@code jcmd} reports it. */
    private static long jarLiveHeap(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        run(jcmd.toString(), Long.toString(pid), "GC.run");
        String info = run(jcmd.toString(), Long.toString(pid), "GC.heap_info");
        var used = Pattern.compile("heap\\s+total[^\\n]*?used (\\d+)K").matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(used.group(1)) * 1024;
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + output);
        }
        return output;
    }

    private static boolean isProductionJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            // Vaadin's production build puts its frontend bundle at the root of the Boot jar.
            var entry = file.getJarEntry("META-INF/VAADIN/config/flow-build-info.json");
            if (entry == null) {
                return false;
            }
            try (InputStream in = file.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                        .replace(" ", "")
                        .contains("\"productionMode\":true");
            }
        }
    }
}
