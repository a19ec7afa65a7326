package de.kokreation.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.kokreation.account.AccountAdministration;
import de.kokreation.account.AccountService;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.demo.DemoAccounts;
import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobKind;
import de.kokreation.jobs.JobRequest;
import de.kokreation.jobs.JobState;
import de.kokreation.jobs.JobStatus;
import de.kokreation.proposal.VoteService;
import de.kokreation.voting.VoteDirection;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Two nodes of Kokreation over one PostgreSQL database, started together in this JVM: Flyway
 * migrates once, votes cast on both are counted exactly, the daily digest goes out once although
 * both nodes run it at the same moment, a login throttle counted on one node holds on the other,
 * and an account blocked on one node is thrown out of its session on the other. (The journey
 * through a real reverse proxy and browser builds on this.) Runs in the PostgreSQL pass only.
 */
@Tag("database")
class TwoNodesTest {

    private static final String DATABASE = "kokreation_two_nodes";
    private static final int SMTP_PORT = 3125;

    private static GreenMail smtp;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodesTogether() throws Exception {
        assumeThat(System.getProperty("kokreation.test.database")).isEqualTo("postgres");
        ExtraDatabases.fresh(DATABASE);
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        // Both at once on an empty database: Flyway's lock lets one migrate, the other waits.
        CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(() -> node("node-a", true));
        CompletableFuture<ConfigurableApplicationContext> b =
                CompletableFuture.supplyAsync(() -> node("node-b", false));
        nodeA = a.get();
        nodeB = b.get();
    }

    @AfterAll
    static void stopNodes() {
        ExtraDatabases.close(nodeA, nodeB);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void flywayMigratedOnceForBothNodes() {
        JdbcTemplate jdbc = jdbc(nodeA);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                .isEqualTo(jdbc.queryForObject(
                        "select count(distinct version) from flyway_schema_history where success", Integer.class));
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
    }

    @Test
    void votesCastOnBothNodesAtOnceAreCountedExactly() throws Exception {
        long proposal = aProposalTakingVotes();
        List<String> voters = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String email = "waehlerin-" + i + "-" + System.nanoTime() + "@test.example";
            nodeA.getBean(AccountService.class)
                    .createActiveAccount("Wählerin " + i, email, DemoAccounts.PASSWORD, EnumSet.of(Role.CITIZEN));
            voters.add(email);
        }
        int before = votesFor(proposal);

        List<Callable<Object>> votes = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
            String voter = voters.get(i);
            votes.add(() ->
                    as(node, voter, () -> node.getBean(VoteService.class).cast(proposal, VoteDirection.FOR)));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            for (Future<Object> vote : pool.invokeAll(votes)) {
                vote.get();
            }
        }

        assertThat(votesFor(proposal)).isEqualTo(before + voters.size());
        assertThat(jdbc(nodeB)
                        .queryForObject(
                                "select count(*) from proposal_vote where proposal_id = ? and direction = 'FOR'",
                                Integer.class,
                                proposal))
                .isEqualTo(votesFor(proposal));
    }

    @Test
    void theDailyDigestGoesOutOnceWhenBothNodesRunItTogether() throws Exception {
        String email = "digest-" + System.nanoTime() + "@test.example";
        UserAccount reader = nodeA.getBean(AccountService.class)
                .createActiveAccount("Leserin", email, DemoAccounts.PASSWORD, EnumSet.of(Role.CITIZEN));
        jdbc(nodeA)
                .update(
                        "insert into notification_digest_item (account_id, kind, text_de, text_en, link, created_at)"
                                + " values (?, 'NEW_PHASE', 'Neue Phase', 'New phase', 'https://kokreation.test/', ?)",
                        reader.id(),
                        Timestamp.from(Instant.now()));

        CompletableFuture<Void> onA = CompletableFuture.runAsync(() -> runDigest(nodeA));
        CompletableFuture<Void> onB = CompletableFuture.runAsync(() -> runDigest(nodeB));
        CompletableFuture.allOf(onA, onB).get();
        Thread.sleep(2_000);

        assertThat(mailsTo(email)).hasSize(1);
        assertThat(jdbc(nodeB)
                        .queryForObject("select locked_by from shedlock where name = 'daily-digest'", String.class))
                .isIn("node-a", "node-b");
    }

    @Test
    void aLoginThrottleCountedOnOneNodeHoldsOnTheOther() {
        String email = "throttled-" + System.nanoTime() + "@test.example";
        nodeA.getBean(AccountService.class)
                .createActiveAccount("Theresa", email, DemoAccounts.PASSWORD, EnumSet.of(Role.CITIZEN));

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(nodeA, email, "falsch-falsch-falsch", "198.51.100.23"))
                    .isInstanceOf(BadCredentialsException.class);
        }

        // the right password, on the other node, from the same address: still paused
        assertThatThrownBy(() -> login(nodeB, email, DemoAccounts.PASSWORD, "198.51.100.23"))
                .satisfies(
                        paused -> assertThat(paused.getClass().getSimpleName()).isEqualTo("LoginThrottledException"));
    }

    @Test
    void anAccountBlockedOnOneNodeLosesItsSessionOnTheOther() {
        String email = "blocked-" + System.nanoTime() + "@test.example";
        UserAccount person = nodeA.getBean(AccountService.class)
                .createActiveAccount("Bea", email, DemoAccounts.PASSWORD, EnumSet.of(Role.CITIZEN));
        Authentication onB = login(nodeB, email, DemoAccounts.PASSWORD, "192.0.2.40");
        SessionRegistry sessionsOfB = nodeB.getBean(SessionRegistry.class);
        sessionsOfB.registerNewSession("session-of-bea", onB.getPrincipal());
        assertThat(sessionsOfB.getSessionInformation("session-of-bea").isExpired())
                .isFalse();

        as(nodeA, DemoAccounts.ADMIN, () -> {
            nodeA.getBean(AccountAdministration.class).block(person.id(), "Spam");
            return null;
        });

        assertThat(sessionsOfB.getSessionInformation("session-of-bea").isExpired())
                .as("node B ends the session at its next request")
                .isTrue();
    }

    @Test
    void aJobStaysOnItsNodeIsLeftAloneByTheOthersRestartAndIsCancelledFromThere() throws Exception {
        BackgroundJobs jobsOfA = nodeA.getBean(BackgroundJobs.class);
        BackgroundJobs jobsOfB = nodeB.getBean(BackgroundJobs.class);
        JobStatus running = as(
                nodeA,
                DemoAccounts.COORDINATOR,
                () -> jobsOfA.start(new JobRequest(
                        JobKind.DRAFT_EXPORT, "two-nodes-slow", "slow.txt", "text/plain", (progress, out) -> {
                            progress.total(3000);
                            for (int i = 0; i < 3000; i++) {
                                out.write('x');
                                progress.advance(1);
                                pause(10);
                            }
                        })));
        awaitState(nodeA, running.id(), JobState.RUNNING);

        // node B starts again: only its own unfinished jobs are failed, not node A's
        invoke(nodeB, "jobHousekeeping", "afterRestart");
        assertThat(state(running.id())).isEqualTo("RUNNING");

        // cancelled on node B, the job on node A stops at its next report
        assertThat(as(nodeB, DemoAccounts.COORDINATOR, () -> jobsOfB.cancel(running.id()))
                        .state())
                .isEqualTo(JobState.CANCELLED);
        java.nio.file.Path partial = jobsOfA.directory().resolve("job-" + running.id() + ".part");
        for (int i = 0; i < 100 && java.nio.file.Files.exists(partial); i++) {
            pause(100);
        }
        assertThat(partial).doesNotExist();
        assertThat(state(running.id())).isEqualTo("CANCELLED");

        // a finished file is offered on the node that has it, not on the other
        JobStatus quick = as(
                nodeA,
                DemoAccounts.COORDINATOR,
                () -> jobsOfA.start(new JobRequest(
                        JobKind.DRAFT_EXPORT,
                        "two-nodes-quick",
                        "quick.txt",
                        "text/plain",
                        (progress, out) -> out.write('q'))));
        awaitState(nodeA, quick.id(), JobState.DONE);
        assertThat(as(nodeA, DemoAccounts.COORDINATOR, () -> jobsOfA.status(quick.id()))
                        .downloadable())
                .isTrue();
        assertThat(as(nodeB, DemoAccounts.COORDINATOR, () -> jobsOfB.status(quick.id()))
                        .downloadable())
                .isFalse();
        assertThatThrownBy(() -> as(nodeB, DemoAccounts.COORDINATOR, () -> jobsOfB.file(quick.id())))
                .hasMessageContaining("job.error.fileGone");
    }

    private static void awaitState(ConfigurableApplicationContext node, long jobId, JobState expected) {
        for (int i = 0; i < 200 && !state(jobId).equals(expected.name()); i++) {
            pause(50);
        }
        assertThat(state(jobId)).isEqualTo(expected.name());
    }

    private static String state(long jobId) {
        return jdbc(nodeA).queryForObject("select state from background_job where id = ?", String.class, jobId);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void invoke(ConfigurableApplicationContext node, String bean, String method) {
        Object target = node.getBean(bean);
        try {
            var call = target.getClass().getDeclaredMethod(method);
            call.setAccessible(true);
            call.invoke(target);
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private static void runDigest(ConfigurableApplicationContext node) {
        Object digest = node.getBean("dailyDigest");
        try {
            var sendAll = digest.getClass().getDeclaredMethod("sendAll");
            sendAll.setAccessible(true);
            sendAll.invoke(digest);
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return Arrays.stream(mail.getAllRecipients())
                                .anyMatch(to -> to.toString().contains(address));
                    } catch (jakarta.mail.MessagingException unreadable) {
                        return false;
                    }
                })
                .toList();
    }

    private static long aProposalTakingVotes() {
        String probe = "probe-" + System.nanoTime() + "@test.example";
        nodeA.getBean(AccountService.class)
                .createActiveAccount("Probe", probe, DemoAccounts.PASSWORD, EnumSet.of(Role.CITIZEN));
        for (long id : jdbc(nodeA).queryForList("select id from proposal order by id", Long.class)) {
            try {
                as(nodeA, probe, () -> nodeA.getBean(VoteService.class).cast(id, VoteDirection.FOR));
                return id;
            } catch (RuntimeException notInVoting) {
                // the next one
            }
        }
        throw new IllegalStateException("the demo data has no proposal that takes votes");
    }

    private static int votesFor(long proposal) {
        Integer votes =
                jdbc(nodeA).queryForObject("select votes_for from proposal where id = ?", Integer.class, proposal);
        return votes == null ? 0 : votes;
    }

    private static Authentication login(
            ConfigurableApplicationContext node, String email, String password, String from) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(from);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return node.getBean(AuthenticationProvider.class)
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private static <T> T as(ConfigurableApplicationContext node, String email, Callable<T> work) {
        Authentication login = login(node, email, DemoAccounts.PASSWORD, "192.0.2." + (email.hashCode() & 0x7f));
        // Each node's own holder (Vaadin's, per application context), not the JVM-wide default.
        // (Two Vaadin applications in one JVM: the static holder is the one the later node set up.)
        SecurityContextHolderStrategy holder = node.getBean(SecurityContextHolderStrategy.class);
        holder.getContext().setAuthentication(login);
        SecurityContextHolder.getContext().setAuthentication(login);
        try {
            return work.call();
        } catch (RuntimeException failure) {
            throw failure;
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        } finally {
            holder.clearContext();
            SecurityContextHolder.clearContext();
        }
    }

    private static JdbcTemplate jdbc(ConfigurableApplicationContext node) {
        return node.getBean(JdbcTemplate.class);
    }

    private static ConfigurableApplicationContext node(String name, boolean demoData) {
        return ExtraDatabases.application(
                DATABASE,
                "--spring.mail.port=" + SMTP_PORT,
                "--kokreation.node-name=" + name,
                "--kokreation.demo-data.enabled=" + demoData,
                // the real cluster setting: a daily job's lock outlasts the other node's run
                "--kokreation.cluster.daily-job-lock-at-least-for=PT5M");
    }
}
