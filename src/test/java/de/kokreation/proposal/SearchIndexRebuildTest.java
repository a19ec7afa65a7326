package de.kokreation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.DomainException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
@Tag("database")
class SearchIndexRebuildTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SearchIndexRebuild rebuild;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    DataSource dataSource;

    JdbcTemplate jdbc;
    UserAccount admin;
    long proposal;
    long comment;

    @BeforeEach
    void proposalWithLostTerms() {
        jdbc = new JdbcTemplate(dataSource);
        // Rebuilds of earlier tests are over: one runs at a time.
        jdbc.update("update search_rebuild set running = null, finished_at = heartbeat_at where running = 1");
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        admin = fixtures.account("Administration Suche", Set.of(Role.ADMIN));
        proposal = fixtures.as(
                author,
                () -> proposals.submit(
                        group.id(), new ProposalDraft("Radschnellwege bauen", "Ein Netz von Radschnellwegen.")));
        comment = fixtures.as(author, () -> comments.post(proposal, null, "Auch über Landesgrenzen hinweg."));
        // Restored from a backup without its terms, say.
        jdbc.update("update proposal set search_terms = '' where id = ?", proposal);
        jdbc.update("update proposal_comment set search_terms = '' where id = ?", comment);
    }

    @AfterEach
    void logoutAndEndTheRebuildsMadeUp() {
        fixtures.logout();
        jdbc.update("update search_rebuild set running = null, finished_at = heartbeat_at where running = 1");
    }

    @Test
    void anAdminRebuildsTheTermsOfEveryTextWithProgressAndOneRebuildRunsAtATime() {
        SearchIndexRebuild.Progress started = fixtures.as(admin, rebuild::start);
        assertThat(started.total()).isPositive();

        SearchIndexRebuild.Progress finished = finishedRebuild(started.id());

        assertThat(finished.done()).isEqualTo(finished.total()).isGreaterThanOrEqualTo(started.total());
        assertThat(terms("proposal", proposal)).contains("radschnellweg").contains("netz");
        assertThat(terms("proposal_comment", comment)).contains("landesgrenz");

        jdbc.update(
                "insert into search_rebuild (running, node, started_at, heartbeat_at, total) values (1, 'other', ?, ?, 1)",
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
        assertThatThrownBy(() -> fixtures.as(admin, rebuild::start))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("searchIndex.error.running");
    }

    @Test
    void aRebuildWhoseNodeStoppedIsTakenOverFromItsCursorsAsAJobOfTheSameAdmin() {
        Instant longAgo =
                Instant.now().minus(SearchIndexRebuild.ABANDONED_AFTER).minusSeconds(60);
        jdbc.update(
                "insert into search_rebuild (running, node, started_at, heartbeat_at, total, started_by)"
                        + " values (1, 'gone', ?, ?, 2, ?)",
                Timestamp.from(longAgo),
                Timestamp.from(longAgo),
                admin.id());
        long id = jdbc.queryForObject("select id from search_rebuild where running = 1", Long.class);

        fixtures.logout(); // as the scheduler's thread: nobody's rights
        rebuild.resumeAbandoned();

        finishedRebuild(id);
        assertThat(terms("proposal", proposal)).contains("radschnellweg");
        assertThat(jdbc.queryForObject(
                        "select owner_id from background_job where kind = 'SEARCH_INDEX_REBUILD' and subject = ?",
                        Long.class,
                        "search-index:" + id))
                .isEqualTo(admin.id());
    }

    @Test
    void anAdminCancelsTheRunningRebuildAndMayStartTheNextAtOnce() {
        // A rebuild of many texts: the cancel comes while its batches run.
        jdbc.update(
                "insert into search_rebuild (running, node, started_at, heartbeat_at, total, started_by)"
                        + " values (1, 'gone', ?, ?, 2, ?)",
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()),
                admin.id());
        long id = jdbc.queryForObject("select id from search_rebuild where running = 1", Long.class);

        SearchIndexRebuild.Progress cancelled =
                fixtures.as(admin, rebuild::cancel).orElseThrow();

        assertThat(cancelled.id()).isEqualTo(id);
        assertThat(cancelled.running()).isFalse();
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.complete()).isFalse();
        // the next rebuild may start at once, and its job is the admin's
        SearchIndexRebuild.Progress next = fixtures.as(admin, rebuild::start);
        assertThat(finishedRebuild(next.id()).complete()).isTrue();
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.queryForObject(
                                "select state from background_job where subject = ?",
                                String.class,
                                "search-index:" + next.id()),
                        "DONE"::equals);
        assertThatThrownBy(() -> fixtures.as(fixtures.citizen(), rebuild::cancel))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAdminsMayRebuild() {
        assertThatThrownBy(() -> fixtures.as(fixtures.citizen(), rebuild::start))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(fixtures.citizen(), rebuild::latest))
                .isInstanceOf(AccessDeniedException.class);
    }

    private SearchIndexRebuild.Progress finishedRebuild(long id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        SearchIndexRebuild.Progress progress =
                fixtures.as(admin, rebuild::latest).orElseThrow();
        while (progress.running() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            progress = fixtures.as(admin, rebuild::latest).orElseThrow();
        }
        assertThat(progress.id()).isEqualTo(id);
        assertThat(progress.running()).isFalse();
        return progress;
    }

    private String terms(String table, long id) {
        return jdbc.queryForObject("select search_terms from " + table + " where id = ?", String.class, id);
    }
}
