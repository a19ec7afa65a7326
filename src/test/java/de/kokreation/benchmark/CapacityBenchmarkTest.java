package de.kokreation.benchmark;

import static org.assertj.core.api.Assumptions.assumeThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.kokreation.cluster.NodeProcesses;
import de.kokreation.demo.DemoAccounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * How many citizens one node (or two behind nginx) serves at once through the real UI: a load
 * driver speaking Vaadin's client protocol ({@link VaadinBrowser}) plays {@code capacity.citizens}
 * people, each logged in and going round: open a theme group, page on, open a proposal, vote,
 * comment, with a think time of 5 to 15 s (one action per 10 s on average) before each step. The
 * theme group is a new page load each round (as arriving from a link elsewhere); the next page and
 * the proposal are links followed inside the page, as Vaadin's router does
 * ({@code -Dcapacity.page-loads=all} loads every page anew). It reports per action the median and 95th percentile over the steady window, the errors,
 * the node's CPU per action, its heap per active and per idle session, how fast closing tabs
 * frees their UIs (the beacon) and how long a tab that never comes back keeps its session (the
 * session timeout, shortened here to {@code capacity.session-timeout}).
 *
 * <p>{@code ./mvnw -Pbenchmark test -Dtest=CapacityBenchmarkTest -Dcapacity.citizens=1000
 * [-Dcapacity.nodes=2] [-Dcapacity.steady=120]}: the nodes are application processes of this build
 * on the test PostgreSQL server with the demo data; the result goes to
 * {@code target/benchmark/capacity-<nodes>-node-<citizens>.md}.
 */
@Tag("benchmark")
class CapacityBenchmarkTest {

    private static final String DATABASE = "kokreation_capacity";
    private static final Path WORK = Path.of("target", "capacity");

    private final int citizens = Integer.getInteger("capacity.citizens", 0);
    private final int nodeCount = Integer.getInteger("capacity.nodes", 1);
    /** Whether every link is a new page load ({@code all}) or only the theme group's ({@code first}). */
    private final boolean everyPageLoaded = "all".equals(System.getProperty("capacity.page-loads", "first"));

    private final Duration steady = Duration.ofSeconds(Integer.getInteger("capacity.steady", 120));
    private final Duration rampUp =
            // About six logins a second: each one hashes a password with Argon2 on purpose.
            Duration.ofSeconds(Integer.getInteger("capacity.ramp-up", Math.max(30, citizens / 6)));
    private final Duration sessionTimeout = Duration.ofSeconds(Integer.getInteger("capacity.session-timeout", 120));

    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicLong actionsInWindow = new AtomicLong();
    private volatile boolean measuring;
    private final AtomicBoolean running = new AtomicBoolean(true);

    @Test
    void citizensAtOnce() throws Exception {
        assumeThat(citizens).as("-Dcapacity.citizens=N").isPositive();
        NodeProcesses.freshDatabase(DATABASE);
        // The mails of the run (comment notifications) go to an SMTP server, as in production.
        int smtpPort = NodeProcesses.freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        List<NodeProcesses.Node> nodes = new ArrayList<>();
        Process nginx = null;
        try (SingleConnectionDataSource database = new SingleConnectionDataSource(
                NodeProcesses.databaseUrl(DATABASE),
                "postgres",
                System.getenv().getOrDefault("KOKREATION_TEST_POSTGRES_PASSWORD", ""),
                true)) {
            for (int i = 0; i < nodeCount; i++) {
                String name = "node-" + (char) ('a' + i);
                NodeProcesses.Node node = NodeProcesses.start(
                        name,
                        DATABASE,
                        NodeProcesses.freePort(),
                        WORK.resolve("logs"),
                        "--kokreation.demo-data.enabled=" + (i == 0),
                        "--server.servlet.session.timeout=" + sessionTimeout.toSeconds() + "s",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort,
                        "--logging.level.root=WARN",
                        "--logging.level.de.kokreation=WARN");
                NodeProcesses.awaitReady(node, WORK.resolve("logs"));
                nodes.add(node);
            }
            String base = "http://127.0.0.1:" + nodes.getFirst().port();
            if (nodeCount == 2) {
                int https = NodeProcesses.freePort();
                nginx = NodeProcesses.nginx(
                        WORK.resolve("nginx"),
                        https,
                        NodeProcesses.freePort(),
                        nodes.get(0).port(),
                        nodes.get(1).port());
                base = "https://localhost:" + https;
            }
            JdbcTemplate jdbc = new JdbcTemplate(database);
            List<String> emails = seedCitizens(jdbc);
            List<String> groups = jdbc.queryForList(
                    "select '/konsultationen/' || c.slug || '/themen/' || g.slug from theme_group g"
                            + " join consultation c on c.id = g.consultation_id"
                            + " where c.collection_start <= ? and c.condensing_start > ?",
                    String.class,
                    LocalDate.now(),
                    LocalDate.now());
            List<Long> proposals = jdbc.queryForList(
                    "select p.id from proposal p join theme_group g on g.id = p.theme_group_id"
                            + " join consultation c on c.id = g.consultation_id"
                            + " where c.collection_start <= ? and c.condensing_start > ? and p.hidden_reason is null",
                    Long.class,
                    LocalDate.now(),
                    LocalDate.now());

            Report report = new Report();
            report.heapBase = heapAfterGc(nodes);
            HttpClient http = VaadinBrowser.sharedClient();
            List<VaadinBrowser> browsers = Collections.synchronizedList(new ArrayList<>());
            List<VaadinBrowser.Tab> lastTabs = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch stopped = new CountDownLatch(citizens);
            Instant start = Instant.now();
            try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < citizens; i++) {
                    String email = emails.get(i);
                    int number = i;
                    Duration offset = rampUp.multipliedBy(i).dividedBy(citizens);
                    String address = base;
                    people.submit(() -> {
                        try {
                            sleepUntil(start.plus(offset));
                            VaadinBrowser browser = new VaadinBrowser(
                                    http, address, "10.20." + (number / 250) + "." + (number % 250 + 1));
                            browsers.add(browser);
                            VaadinBrowser.Tab last =
                                    citizen(browser, email, groups, proposals, new Random(email.hashCode()));
                            if (last != null) {
                                lastTabs.add(last);
                            }
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                        } finally {
                            stopped.countDown();
                        }
                    });
                }
                // ramp up, settle for 30 s, then measure the steady window
                sleepUntil(start.plus(rampUp).plusSeconds(30));
                long cpuBefore = cpuTicks(nodes);
                measuring = true;
                Instant windowStart = Instant.now();
                Thread.sleep(steady.toMillis());
                measuring = false;
                long cpuTicks = cpuTicks(nodes) - cpuBefore;
                report.window = Duration.between(windowStart, Instant.now());
                report.cpuMillisPerAction = actionsInWindow.get() == 0 ? 0 : cpuTicks * 10.0 / actionsInWindow.get();
                report.cpuShare = cpuTicks
                        * 10.0
                        / report.window.toMillis()
                        / Runtime.getRuntime().availableProcessors();
                report.sessionsActive = gauge(nodes, "kokreation_sessions_active");
                report.uisActive = gauge(nodes, "kokreation_uis_active");
                report.heapActive = heapAfterGc(nodes);
                running.set(false);
                stopped.await();
            }
            // Everyone's last tab is still open: idle sessions now.
            report.heapIdle = heapAfterGc(nodes);
            report.uisIdle = gauge(nodes, "kokreation_uis_active");
            // Half of them close their tab: the beacon ends each UI at once.
            List<VaadinBrowser.Tab> closing = lastTabs.subList(0, lastTabs.size() / 2);
            for (VaadinBrowser.Tab tab : closing) {
                try {
                    tab.leave();
                } catch (RuntimeException | IOException ignored) {
                    // counted below by the gauge
                }
            }
            report.closed = closing.size();
            report.uisAfterClosing = gauge(nodes, "kokreation_uis_active");
            // The other half never come back (a phone put away): the session timeout frees them.
            Instant idleSince = Instant.now();
            while (gauge(nodes, "kokreation_sessions_active") > 0
                    && Duration.between(idleSince, Instant.now()).compareTo(sessionTimeout.multipliedBy(3)) < 0) {
                Thread.sleep(5_000);
            }
            report.sessionsFreedAfter = Duration.between(idleSince, Instant.now());
            report.sessionsLeft = gauge(nodes, "kokreation_sessions_active");
            report.heapAfterTimeout = heapAfterGc(nodes);
            if (Boolean.getBoolean("capacity.histogram")) {
                for (NodeProcesses.Node node : nodes) {
                    Process histogram = new ProcessBuilder(
                                    Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                            .toString(),
                                    String.valueOf(node.process().pid()),
                                    "GC.class_histogram")
                            .redirectErrorStream(true)
                            .redirectOutput(WORK.resolve("histogram-" + node.name() + ".txt")
                                    .toFile())
                            .start();
                    histogram.waitFor();
                }
            }
            write(report);
        } finally {
            if (nginx != null) {
                NodeProcesses.stop(nginx);
            }
            nodes.forEach(node -> NodeProcesses.stop(node.process()));
            smtp.stop();
        }
    }

    /** One citizen going round until the run ends; answers the tab left open. */
    private VaadinBrowser.Tab citizen(
            VaadinBrowser browser, String email, List<String> groups, List<Long> proposals, Random random)
            throws InterruptedException {
        if (!act("login", () -> browser.logIn(email, DemoAccounts.PASSWORD))) {
            return null;
        }
        VaadinBrowser.Tab tab = null;
        while (running.get()) {
            String group = groups.get(random.nextInt(groups.size()));
            long proposal = proposals.get(random.nextInt(proposals.size()));
            VaadinBrowser.Tab[] current = {tab};
            think(random);
            act("open theme group", () -> current[0] = leaveAndOpen(browser, current[0], group));
            think(random);
            act("next page", () -> current[0] = follow(browser, current[0], group + "?seite=2"));
            think(random);
            act("open proposal", () -> current[0] = follow(browser, current[0], "/vorschlaege/" + proposal));
            think(random);
            act("vote", () -> current[0].click("vote-for"));
            think(random);
            act(
                    "comment",
                    () -> current[0].write(
                            "new-comment-text",
                            "Ein Gedanke aus der Lastmessung, Nummer " + random.nextInt(1_000_000) + ".",
                            "new-comment-submit"));
            tab = current[0];
        }
        return tab;
    }

    /**
     * A link inside the application: followed in the open page as the browser's Vaadin router does,
     * or, with {@code -Dcapacity.page-loads=all}, as a new page load (the harsher model measured
     * first).
     */
    private VaadinBrowser.Tab follow(VaadinBrowser browser, VaadinBrowser.Tab current, String path)
            throws IOException, InterruptedException {
        if (everyPageLoaded || current == null) {
            return leaveAndOpen(browser, current, path);
        }
        current.navigate(path);
        return current;
    }

    private static VaadinBrowser.Tab leaveAndOpen(VaadinBrowser browser, VaadinBrowser.Tab current, String path)
            throws IOException, InterruptedException {
        if (current != null) {
            current.leave();
        }
        return browser.open(path);
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private boolean act(String name, Action action) {
        if (!running.get()) {
            return false;
        }
        long begin = System.nanoTime();
        try {
            action.run();
            if (measuring) {
                timings.computeIfAbsent(name, key -> new ConcurrentLinkedQueue<>())
                        .add(System.nanoTime() - begin);
                actionsInWindow.incrementAndGet();
            }
            return true;
        } catch (Exception failure) {
            if (measuring || "login".equals(name)) {
                errors.computeIfAbsent(name, key -> new AtomicLong()).incrementAndGet();
                if (errorSamples.size() < 20) {
                    errorSamples.add(name + ": " + failure);
                }
            }
            return false;
        }
    }

    private void think(Random random) throws InterruptedException {
        long millis = 5_000 + random.nextInt(10_001);
        long until = System.currentTimeMillis() + millis;
        while (running.get() && System.currentTimeMillis() < until) {
            Thread.sleep(Math.min(500, until - System.currentTimeMillis() + 1));
        }
    }

    private List<String> seedCitizens(JdbcTemplate jdbc) {
        String hash = jdbc.queryForObject(
                "select password_hash from user_account where email = ?", String.class, DemoAccounts.CITIZEN);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < citizens; i++) {
            String email = "last-" + i + "@kapazitaet.example";
            emails.add(email);
            jdbc.update(
                    "insert into user_account (display_name, email, password_hash, language, created_at, status)"
                            + " values (?, ?, ?, 'de', current_timestamp, 'ACTIVE')",
                    "Lastperson " + i,
                    email,
                    hash);
        }
        jdbc.update("insert into account_role (account_id, role) select id, 'CITIZEN' from user_account"
                + " where email like 'last-%@kapazitaet.example'");
        return emails;
    }

    private static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** The nodes' CPU time so far, in clock ticks (10 ms), from /proc. */
    private static long cpuTicks(List<NodeProcesses.Node> nodes) throws IOException {
        long ticks = 0;
        for (NodeProcesses.Node node : nodes) {
            String stat = Files.readString(
                    Path.of("/proc", String.valueOf(node.process().pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        return ticks;
    }

    /** The heap in use on all nodes after a full garbage collection, in MB. */
    private static double heapAfterGc(List<NodeProcesses.Node> nodes) throws Exception {
        for (NodeProcesses.Node node : nodes) {
            Process gc = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(node.process().pid()),
                            "GC.run")
                    .redirectErrorStream(true)
                    .start();
            gc.getInputStream().readAllBytes();
            gc.waitFor();
        }
        Thread.sleep(1_000);
        double bytes = 0;
        for (NodeProcesses.Node node : nodes) {
            for (String line : prometheus(node).lines().toList()) {
                if (line.startsWith("jvm_memory_used_bytes") && line.contains("area=\"heap\"")) {
                    bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        return bytes / (1 << 20);
    }

    private static long gauge(List<NodeProcesses.Node> nodes, String name) throws Exception {
        double sum = 0;
        for (NodeProcesses.Node node : nodes) {
            for (String line : prometheus(node).lines().toList()) {
                if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        return Math.round(sum);
    }

    private static String prometheus(NodeProcesses.Node node) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + node.managementPort() + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static final class Report {
        double heapBase;
        double heapActive;
        double heapIdle;
        double heapAfterTimeout;
        Duration window = Duration.ZERO;
        double cpuMillisPerAction;
        double cpuShare;
        long sessionsActive;
        long uisActive;
        long uisIdle;
        int closed;
        long uisAfterClosing;
        Duration sessionsFreedAfter = Duration.ZERO;
        long sessionsLeft;
    }

    private void write(Report report) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Capacity: ")
                .append(citizens)
                .append(" citizens on ")
                .append(nodeCount)
                .append(nodeCount == 1 ? " node" : " nodes behind nginx")
                .append("\n\n");
        out.append("Run ")
                .append(Instant.now())
                .append(" on ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores (driver, nodes, PostgreSQL")
                .append(nodeCount == 2 ? ", nginx" : "")
                .append(" on the same machine); ramp-up ")
                .append(rampUp.toSeconds())
                .append(" s, steady window ")
                .append(report.window.toSeconds())
                .append(" s; think time 5–15 s before each action; ")
                .append(
                        everyPageLoaded
                                ? "every link a new page load"
                                : "the theme group a new page load, the next page and the proposal followed in the page")
                .append("; node: `")
                .append(System.getProperty("kokreation.node.jar", "this build's classes"))
                .append(' ')
                .append(System.getProperty("kokreation.node.heap", ""))
                .append(' ')
                .append(System.getProperty("kokreation.node.jvm-options", ""))
                .append("`.\n\n");
        out.append("| action | count | median ms | p95 ms | max ms | errors |\n|---|---|---|---|---|---|\n");
        long total = 0;
        long totalErrors = 0;
        List<Long> all = new ArrayList<>();
        for (String action : List.of("open theme group", "next page", "open proposal", "vote", "comment")) {
            List<Long> values = new ArrayList<>(timings.getOrDefault(action, new ConcurrentLinkedQueue<>()));
            Collections.sort(values);
            all.addAll(values);
            long failed = errors.getOrDefault(action, new AtomicLong()).get();
            total += values.size();
            totalErrors += failed;
            out.append("| ")
                    .append(action)
                    .append(" | ")
                    .append(values.size())
                    .append(" | ")
                    .append(percentile(values, 50))
                    .append(" | ")
                    .append(percentile(values, 95))
                    .append(" | ")
                    .append(percentile(values, 100))
                    .append(" | ")
                    .append(failed)
                    .append(" |\n");
        }
        Collections.sort(all);
        out.append("| **all** | ")
                .append(total)
                .append(" | ")
                .append(percentile(all, 50))
                .append(" | ")
                .append(percentile(all, 95))
                .append(" | ")
                .append(percentile(all, 100))
                .append(" | ")
                .append(totalErrors)
                .append(" |\n\n");
        out.append(String.format(
                "- actions per second: %.1f; logins refused or failed: %d%n",
                total / Math.max(1.0, report.window.toSeconds()),
                errors.getOrDefault("login", new AtomicLong()).get()));
        out.append(String.format(
                "- node CPU per action: %.1f ms; the nodes used %.0f %% of the machine's cores%n",
                report.cpuMillisPerAction, report.cpuShare * 100));
        out.append(String.format(
                "- sessions %d, open tabs (UIs) %d at the end of the window%n",
                report.sessionsActive, report.uisActive));
        out.append(String.format(
                "- heap after GC: %.0f MB before, %.0f MB with the active sessions (%.0f KB each), %.0f MB idle (%.0f KB each)%n",
                report.heapBase,
                report.heapActive,
                perSession(report.heapActive - report.heapBase, report.sessionsActive),
                report.heapIdle,
                perSession(report.heapIdle - report.heapBase, report.sessionsActive)));
        out.append(String.format(
                "- closing %d tabs (the beacon): open tabs %d → %d at once%n",
                report.closed, report.uisIdle, report.uisAfterClosing));
        out.append(String.format(
                "- session timeout %d s: all sessions freed after %d s (%d left); heap after GC then %.0f MB%n",
                sessionTimeout.toSeconds(),
                report.sessionsFreedAfter.toSeconds(),
                report.sessionsLeft,
                report.heapAfterTimeout));
        if (!errorSamples.isEmpty()) {
            out.append("\nFirst errors:\n\n");
            errorSamples.forEach(sample -> out.append("- ").append(sample).append('\n'));
        }
        Path file = Path.of("target", "benchmark", "capacity-" + nodeCount + "-node-" + citizens + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println(out);
    }

    private static double perSession(double megabytes, long sessions) {
        return sessions == 0 ? 0 : megabytes * 1024 / sessions;
    }

    private static long percentile(List<Long> sortedNanos, int percent) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1_000_000;
    }
}
