package de.kokreation.proposal.textindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.CommentService;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalQuery;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ProposalSort;
import de.kokreation.proposal.ProposalSummary;
import de.kokreation.shared.search.SearchTerms;
import de.kokreation.shared.search.TextQuery;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded H2's Lucene index of the stored terms: made at the start, current with every write
 * of terms whatever wrote them (entity, plain SQL), never narrower than the database (a rolled
 * back write leaves the committed terms findable), and made again from the database alike.
 */
@IntegrationTest
class TermsIndexTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TermsIndex index;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void onH2Once() throws InterruptedException {
        assumeTrue(TextQuery.Dialect.of(dataSource) == TextQuery.Dialect.H2, "PostgreSQL keeps no terms index");
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!index.isReady() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(index.isReady()).as("made at the start").isTrue();
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    private List<Long> named(TermsIndex.Table table, String words) {
        return named(index, table, words);
    }

    private static List<Long> named(TermsIndex index, TermsIndex.Table table, String words) {
        long[] ids = index.ids(table, TextQuery.parse(words).narrowing(TermsIndex.TERM, TermsIndex.PAIR));
        assertThat(ids).isNotNull();
        return Arrays.stream(ids).sorted().boxed().toList();
    }

    private long propose(ThemeGroupSummary group, UserAccount author, String title, String body) {
        return fixtures.as(author, () -> proposals.submit(group.id(), new ProposalDraft(title, body)));
    }

    private List<String> listSearch(ThemeGroupSummary group, String words) {
        return proposals
                .listProposals(group.id(), new ProposalQuery(words, ProposalSort.RELEVANCE), 0, 50)
                .items()
                .stream()
                .map(ProposalSummary::title)
                .toList();
    }

    @Test
    void aProposalAndACommentAreNamedTheMomentTheyAreWritten() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long proposal = propose(group, author, "Zebrastreifenpflicht vor Schulen", "Jede Schule braucht einen.");
        long comment =
                fixtures.as(author, () -> comments.post(proposal, null, "Auch vor Kindergärten: Flamingostraße."));

        assertThat(named(TermsIndex.Table.PROPOSAL, "Zebrastreifenpflicht")).containsExactly(proposal);
        assertThat(named(TermsIndex.Table.PROPOSAL, "Zebrastreifen"))
                .as("a compound's part")
                .contains(proposal);
        assertThat(named(TermsIndex.Table.COMMENT, "Flamingostrasse")).containsExactly(comment);
        assertThat(named(TermsIndex.Table.PROPOSAL, "Flamingostrasse")).doesNotContain(proposal);
        assertThat(listSearch(group, "Zebrastreifenpflicht")).containsExactly("Zebrastreifenpflicht vor Schulen");
    }

    @Test
    void termsWrittenByPlainSqlAreNamedAndARolledBackWriteLosesNothing() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long proposal = propose(group, author, "Kioskzeiten", "Länger offen, jeden Abend bis zehn.");

        // As a restore or the rebuild writes them: past the entity.
        jdbc.update(
                "update proposal set search_terms = ? where id = ?",
                SearchTerms.of("Kioskzeiten", "Länger offen, auch sonntags am Wasserturm."),
                proposal);
        assertThat(named(TermsIndex.Table.PROPOSAL, "Wasserturm")).containsExactly(proposal);

        // Written twice in one transaction, then rolled back: the committed terms stay named.
        transactions.executeWithoutResult(status -> {
            jdbc.update(
                    "update proposal set search_terms = ? where id = ?",
                    SearchTerms.of("Pelikanbrunnen", "Etwas ganz anderes."),
                    proposal);
            jdbc.update(
                    "update proposal set search_terms = ? where id = ?",
                    SearchTerms.of("Kranichweg", "Noch etwas anderes."),
                    proposal);
            status.setRollbackOnly();
        });
        // The index names more than the database holds, never less; each row's own terms decide.
        assertThat(named(TermsIndex.Table.PROPOSAL, "Wasserturm")).containsExactly(proposal);
        assertThat(named(TermsIndex.Table.PROPOSAL, "Pelikanbrunnen")).containsExactly(proposal);
        assertThat(listSearch(group, "Wasserturm")).containsExactly("Kioskzeiten");
        assertThat(listSearch(group, "Pelikanbrunnen")).isEmpty();
        assertThat(listSearch(group, "Kranichweg")).isEmpty();
    }

    @Test
    void aVoteLeavesTheIndexAloneAndNamesStayFew() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long proposal = propose(group, author, "Trinkbrunnenkarte", "Alle Brunnen auf einer Karte.");
        long other = propose(group, author, "Sitzbänke im Park", "Mehr Bänke für alle im Park.");

        jdbc.update("update proposal set votes_for = votes_for + 1 where id = ?", proposal);

        assertThat(named(TermsIndex.Table.PROPOSAL, "Trinkbrunnenkarte")).containsExactly(proposal);
        assertThat(named(TermsIndex.Table.PROPOSAL, "Park")).contains(other).doesNotContain(proposal);
    }

    @Test
    void madeAgainFromTheDatabaseItNamesTheSame() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long proposal =
                propose(group, author, "Bürgerhaushalt für Quartiere", "Die Menschen im Viertel entscheiden mit.");

        TermsIndex again = new TermsIndex(dataSource);
        try {
            assertThat(again.ids(
                            TermsIndex.Table.PROPOSAL,
                            TextQuery.parse("Quartiere").narrowing(TermsIndex.TERM, TermsIndex.PAIR)))
                    .as("not yet made")
                    .isNull();
            again.make();
            assertThat(named(again, TermsIndex.Table.PROPOSAL, "Quartiere"))
                    .contains(proposal)
                    .containsExactlyElementsOf(named(TermsIndex.Table.PROPOSAL, "Quartiere"));
            assertThat(named(again, TermsIndex.Table.COMMENT, "Haushalt"))
                    .containsExactlyElementsOf(named(TermsIndex.Table.COMMENT, "Haushalt"));
        } finally {
            again.close();
        }
    }
}
