package de.kokreation.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SameSiteAttribute;
import de.kokreation.browser.BrowserSession;
import de.kokreation.demo.DemoAccounts;
import de.kokreation.shared.Permalinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Kokreation as operators run it: two application processes on one PostgreSQL database behind
 * nginx from Debian's packages, configured by the sample in {@code docs/deploy} (TLS with a
 * certificate made here, sticky sessions by the route in the session id, WebSocket upgrade),
 * driven by headless Chromium through the proxy. Votes from both nodes are counted exactly, a
 * login throttle holds across nodes, a blocked account is thrown out on both, the digest is mailed
 * once though both nodes run it; then one node is killed (SIGKILL) and the other keeps serving, and
 * whoever was on the dead node logs in again and finds what they had typed.
 *
 * <p>Runs in the PostgreSQL pass; needs nginx and openssl ({@code .ci/run} installs them).
 */
@Tag("database")
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeBrowserTest {

    private static final String DATABASE = "kokreation_multinode";
    private static final Path WORK = Path.of("target", "multinode");
    private static final Path TEMPLATE = Path.of("docs", "deploy", "nginx-kokreation.conf.template");
    private static final String NGINX = System.getProperty("kokreation.nginx", "/usr/sbin/nginx");
    private static final String MARKER = "Multinode-Tagesmeldung";

    private static GreenMail smtp;
    private static Process nodeA;
    private static Process nodeB;
    private static Process nginx;
    private static int httpsPort;
    private static BrowserSession browser;
    private static JdbcTemplate jdbc;
    private static SingleConnectionDataSource database;

    @BeforeAll
    static void startTwoNodesBehindNginx() throws Exception {
        assumeThat(System.getProperty("kokreation.test.database")).isEqualTo("postgres");
        assumeThat(Boolean.getBoolean("skipBrowserTests"))
                .as("browser tests skipped on request")
                .isFalse();
        if (!Files.isExecutable(Path.of(NGINX))) {
            throw new IllegalStateException("nginx not found at " + NGINX
                    + "; install it (apt-get install nginx) or run with -DskipBrowserTests");
        }
        Files.createDirectories(WORK.resolve("logs"));
        ExtraDatabases.fresh(DATABASE);
        int smtpPort = freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        httpsPort = freePort();
        int httpPort = freePort();
        int portA = freePort();
        int portB = freePort();
        // One after the other: the first migrates the schema and writes the demo data.
        nodeA = startNode("node-a", portA, true, smtpPort);
        awaitReady(nodeA, portA, "node-a");
        nodeB = startNode("node-b", portB, false, smtpPort);
        awaitReady(nodeB, portB, "node-b");
        nginx = startNginx(httpPort, portA, portB);
        browser = BrowserSession.start();
        database = new SingleConnectionDataSource(
                ExtraDatabases.url(DATABASE), ExtraDatabases.user(), ExtraDatabases.password(), true);
        jdbc = new JdbcTemplate(database);
    }

    /** Through the proxy too, the Content-Security-Policy refuses nothing the application does. */
    @AfterEach
    void nothingRefusedByTheContentSecurityPolicy() {
        browser.assertNoPolicyViolations();
    }

    @AfterAll
    static void stopAll() {
        if (browser != null) {
            browser.close();
        }
        for (Process process : new Process[] {nginx, nodeA, nodeB}) {
            if (process != null) {
                process.destroy();
                try {
                    process.waitFor(20, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
                process.destroyForcibly();
            }
        }
        if (database != null) {
            database.destroy();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    @Order(1)
    void votesFromBothNodesAreCountedExactly() {
        long proposal = aProposalTakingVotes();
        int before = votesFor(proposal);

        Page onA = pageOn("node-a");
        Page onB = pageOn("node-b");
        logIn(onA, DemoAccounts.CITIZEN);
        logIn(onB, DemoAccounts.LEAD);
        // behind TLS the session cookie is Secure, and HSTS comes once
        assertThat(onA.context().cookies())
                .filteredOn(cookie -> cookie.name.equals("JSESSIONID"))
                .singleElement()
                .satisfies(cookie -> {
                    assertThat(cookie.secure).isTrue();
                    assertThat(cookie.httpOnly).isTrue();
                    assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.LAX);
                });
        Response front = onA.navigate(base() + "/");
        assertThat(front.headersArray())
                .filteredOn(header -> header.name.equalsIgnoreCase("Strict-Transport-Security"))
                .hasSize(1);
        assertThat(front.headerValue("content-security-policy")).contains("script-src 'self' 'nonce-");
        for (Page page : List.of(onA, onB)) {
            page.navigate(base() + Permalinks.proposal(proposal));
            page.locator("#vote-for").click();
            assertThat(page.locator("#vote-for")).hasAttribute("aria-pressed", "true");
        }

        assertThat(votesFor(proposal)).isEqualTo(before + 2);
        onA.reload();
        assertThat(onA.locator("#vote-for")).hasText("Dafür (" + (before + 2) + ")");
        assertThat(route(onA)).isEqualTo("node-a");
        assertThat(route(onB)).isEqualTo("node-b");
        BrowserSession.screenshot(onB, "multinode-vote-node-b");
    }

    @Test
    @Order(2)
    void aLoginThrottleCountedOnOneNodeHoldsOnTheOther() {
        Page owner = pageOn("node-b");
        owner.navigate(base() + "/anmelden");
        owner.locator("input[name=username]").fill(DemoAccounts.COORDINATOR);
        owner.locator("input[name=password]").fill(DemoAccounts.PASSWORD);

        // The nodes allow one free failure (see startNode), then 1, 2, 4, 8 s: each guess waits out
        // the pause before it, so that it is counted, and the last leaves an 8-second pause.
        Page guesser = pageOn("node-a");
        for (int i = 0; i < 4; i++) {
            guesser.navigate(base() + "/anmelden");
            guesser.locator("input[name=username]").fill(DemoAccounts.COORDINATOR);
            guesser.locator("input[name=password]").fill("falsch-falsch-falsch-" + i);
            guesser.waitForTimeout(i == 0 ? 0 : (1_000L << (i - 1)) + 300);
            guesser.locator("input[name=password]").press("Enter");
            assertThat(guesser.locator("vaadin-login-form")).containsText("Anmeldung fehlgeschlagen");
        }

        // the right password, on the other node, within the pause
        owner.locator("input[name=password]").press("Enter");

        assertThat(owner.locator("vaadin-login-form")).containsText("Anmeldung kurz pausiert");
        assertThat(owner.locator("#logout")).hasCount(0);
    }

    @Test
    @Order(3)
    void aBlockedAccountIsThrownOutOnBothNodes() {
        Page onA = pageOn("node-a");
        Page onB = pageOn("node-b");
        logIn(onA, DemoAccounts.RESPONSIBLE);
        logIn(onB, DemoAccounts.RESPONSIBLE);
        long responsible = jdbc.queryForObject(
                "select id from user_account where email = ?", Long.class, DemoAccounts.RESPONSIBLE);

        Page admin = pageOn("node-a");
        logIn(admin, DemoAccounts.ADMIN);
        admin.navigate(base() + "/admin/konten");
        admin.locator("#accounts-search input").fill(DemoAccounts.RESPONSIBLE);
        // The search refreshes the grid a moment after typing, which may replace the button
        // under a click: click until the dialog is open.
        for (int attempt = 0; attempt < 10 && !admin.locator("#block-reason").isVisible(); attempt++) {
            admin.locator("#block-" + responsible).click();
            admin.waitForTimeout(1_000);
        }
        admin.locator("#block-reason textarea").fill("Konto wurde übernommen");
        admin.locator("#block-confirm").click();
        assertThat(admin.locator("#unblock-" + responsible)).isVisible();

        for (Page page : List.of(onA, onB)) {
            page.navigate(base() + "/profil");
            assertThat(page.locator("input[name=username]")).isVisible();
            assertThat(page.locator("#logout")).hasCount(0);
        }
    }

    @Test
    @Order(4)
    void theDigestIsMailedOnceThoughBothNodesRunIt() throws Exception {
        long citizen =
                jdbc.queryForObject("select id from user_account where email = ?", Long.class, DemoAccounts.CITIZEN);
        jdbc.update(
                "insert into notification_digest_item (account_id, kind, text_de, text_en, link, created_at)"
                        + " values (?, 'NEW_PHASE', ?, ?, 'https://kokreation.test/', ?)",
                citizen,
                MARKER,
                MARKER,
                Timestamp.from(Instant.now()));

        // Both nodes run the digest every 15 s (see startNode); wait for the first, then longer.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (digestsWithMarker() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1_000);
        }
        Thread.sleep(35_000);

        assertThat(digestsWithMarker()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'daily-digest'", String.class))
                .isIn("node-a", "node-b");
    }

    @Test
    @Order(5)
    void whenOneNodeDiesTheOtherServesAndNothingTypedIsLost() throws Exception {
        String consultation = jdbc.queryForObject(
                "select slug from consultation where collection_start <= current_date"
                        + " and condensing_start > current_date order by id fetch first 1 rows only",
                String.class);
        String group = jdbc.queryForObject(
                "select g.slug from theme_group g join consultation c on c.id = g.consultation_id"
                        + " where c.slug = ? order by g.position fetch first 1 rows only",
                String.class,
                consultation);
        Page writer = pageOn("node-a");
        logIn(writer, DemoAccounts.CITIZEN);
        Page other = pageOn("node-b");
        logIn(other, DemoAccounts.LEAD);
        writer.navigate(base() + Permalinks.newProposal(consultation, group));
        writer.locator("#proposal-title input").pressSequentially("Offene Protokolle aller Ausschüsse");
        writer.locator("#proposal-body textarea")
                .pressSequentially("Jede Sitzung mit Protokoll im Netz, binnen einer Woche.");

        nodeA.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye
        assertThat(nodeA.waitFor(20, TimeUnit.SECONDS)).isTrue();

        // The other node goes on serving its people as if nothing happened.
        other.navigate(base() + Permalinks.consultation(consultation));
        assertThat(other.locator("#logout")).isAttached();
        assertThat(route(other)).isEqualTo("node-b");

        // Whoever was on the dead node lands on the other, logs in again, and finds the text.
        navigateWhileTheOldPageReloads(writer, base() + Permalinks.newProposal(consultation, group));
        writer.locator("input[name=username]").fill(DemoAccounts.CITIZEN);
        writer.locator("input[name=password]").fill(DemoAccounts.PASSWORD);
        writer.locator("input[name=password]").press("Enter");
        assertThat(writer.locator("#proposal-title input")).hasValue("Offene Protokolle aller Ausschüsse");
        assertThat(writer.locator("#proposal-body textarea"))
                .hasValue("Jede Sitzung mit Protokoll im Netz, binnen einer Woche.");
        assertThat(route(writer)).isEqualTo("node-b");
        BrowserSession.screenshot(writer, "multinode-after-failover");
    }

    // --- the browser side

    /**
     * Opens an address in a page whose own script may be reloading it at that moment (Vaadin's
     * client reloads when the other node answers that its session is gone): the browser aborts
     * one of the two navigations, as it would for a person clicking at that instant; the address
     * is opened again.
     */
    private static void navigateWhileTheOldPageReloads(Page page, String address) {
        for (int attempt = 1; ; attempt++) {
            try {
                page.navigate(address);
                return;
            } catch (com.microsoft.playwright.PlaywrightException aborted) {
                if (attempt == 5 || !String.valueOf(aborted.getMessage()).contains("ERR_ABORTED")) {
                    throw aborted;
                }
                page.waitForTimeout(500);
            }
        }
    }

    private static String base() {
        return "https://localhost:" + httpsPort;
    }

    /** A fresh browser whose session (made by its first page) lives on the given node. */
    private static Page pageOn(String node) {
        for (int attempt = 0; attempt < 12; attempt++) {
            Page page = browser.newPageTrustingAnyCertificate(1280, 900);
            page.navigate(base() + "/");
            page.locator("#logout, #login-link").first().waitFor();
            if (node.equals(route(page))) {
                return page;
            }
            page.context().close();
        }
        throw new IllegalStateException("nginx sent no new session to " + node);
    }

    private static String route(Page page) {
        return page.context().cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.value.substring(cookie.value.lastIndexOf('.') + 1))
                .findFirst()
                .orElse("");
    }

    private static void logIn(Page page, String email) {
        page.navigate(base() + "/anmelden");
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(DemoAccounts.PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.locator("#logout")
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
    }

    // --- the data

    private static long aProposalTakingVotes() {
        return jdbc.queryForObject(
                "select p.id from proposal p join theme_group g on g.id = p.theme_group_id"
                        + " join consultation c on c.id = g.consultation_id"
                        + " where c.collection_start <= current_date and c.condensing_start > current_date"
                        + " and p.hidden_reason is null"
                        + " and not exists (select 1 from proposal_vote v join user_account a on a.id = v.voter_id"
                        + "   where v.proposal_id = p.id and a.email in (?, ?))"
                        + " order by p.id fetch first 1 rows only",
                Long.class,
                DemoAccounts.CITIZEN,
                DemoAccounts.LEAD);
    }

    private static int votesFor(long proposal) {
        return jdbc.queryForObject("select votes_for from proposal where id = ?", Integer.class, proposal);
    }

    private static long digestsWithMarker() {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> GreenMailUtil.getBody(mail).contains(MARKER)
                        || GreenMailUtil.getWholeMessage(mail).contains(MARKER))
                .count();
    }

    // --- the processes

    private static Process startNode(String name, int port, boolean demoData, int smtpPort) throws IOException {
        return NodeProcesses.start(
                        name,
                        DATABASE,
                        port,
                        WORK.resolve("logs"),
                        "--kokreation.demo-data.enabled=" + demoData,
                        "--kokreation.public-base-url=https://localhost:" + httpsPort,
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort,
                        // the digest every 15 s on both nodes, its lock held 10 s: each tick runs on one node
                        "--kokreation.notifications.digest-cron=*/15 * * * * *",
                        "--kokreation.cluster.daily-job-lock-at-least-for=PT10S",
                        "--kokreation.login.free-failures=1",
                        // the demo admin logs in with the password alone here: the second factor has tests of its own
                        "--kokreation.second-factor.required-roles=")
                .process();
    }

    private static void awaitReady(Process node, int port, String name) throws Exception {
        NodeProcesses.awaitReady(node, port, WORK.resolve("logs").resolve(name + ".log"));
    }

    private static Process startNginx(int httpPort, int portA, int portB) throws Exception {
        return NodeProcesses.nginx(WORK.resolve("nginx"), httpsPort, httpPort, portA, portB);
    }

    private static int freePort() throws IOException {
        return NodeProcesses.freePort();
    }
}
