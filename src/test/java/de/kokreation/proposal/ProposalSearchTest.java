package de.kokreation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.moderation.ContentModeration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The theme group's list searches title and text with the German analysis, ranked title first,
 * on H2 and PostgreSQL alike; hidden proposals are never found; terms of an older analysis are
 * made again in the background.
 */
@IntegrationTest
@Tag("database")
class ProposalSearchTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    ContentModeration moderation;

    @Autowired
    ProposalSearchTerms searchTerms;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    private List<String> search(ThemeGroupSummary group, String text) {
        return proposals
                .listProposals(group.id(), new ProposalQuery(text, ProposalSort.RELEVANCE), 0, 50)
                .items()
                .stream()
                .map(ProposalSummary::title)
                .toList();
    }

    private long propose(ThemeGroupSummary group, UserAccount author, String title, String body) {
        return fixtures.as(author, () -> proposals.submit(group.id(), new ProposalDraft(title, body)));
    }

    @Test
    void titleAndTextAreSearchedAndTitleWordsRankFirst() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        propose(group, author, "Offene Verwaltung", "Alle Haushaltsdaten der Stadt sollen maschinenlesbar erscheinen.");
        propose(group, author, "Haushalt offenlegen", "Jede Ausgabe der Stadt soll im Netz stehen, als Tabelle.");
        propose(group, author, "Lobbyregister", "Wer trifft die Abgeordneten wann und wozu?");

        assertThat(search(group, "Haushalt")).containsExactly("Haushalt offenlegen", "Offene Verwaltung");
        assertThat(search(group, "maschinenlesbar veröffentlicht")).isEmpty();
        assertThat(search(group, "Abgeordnete")).containsExactly("Lobbyregister");
        assertThat(search(group, "\"im Netz\"")).containsExactly("Haushalt offenlegen");
    }

    @Test
    void hiddenProposalsAreNeverFound() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long hidden = propose(group, author, "Billige Uhren kaufen", "Werbung für billige Uhren und Schmuck.");
        UserAccount lead = fixtures.leadOf(group, "Leitung Suche");
        fixtures.as(lead, () -> {
            moderation.hideProposal(hidden, "Werbung");
            return null;
        });

        assertThat(search(group, "Uhren")).isEmpty();
        assertThat(proposals
                        .listProposals(group.id(), new ProposalQuery("Uhren", ProposalSort.RELEVANCE), 0, 50)
                        .totalItems())
                .isZero();
    }

    @Test
    void aRevisedTextIsFoundByItsNewWordsAndTermsOfAnOlderAnalysisAreMadeAgain() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long proposal = propose(group, author, "Radwege sichern", "Breite Radwege an allen Hauptstraßen der Stadt.");
        fixtures.as(author, () -> {
            proposals.revise(proposal, new ProposalDraft("Radwege sichern", "Geschützte Radfahrstreifen an Schulen."));
            return null;
        });
        assertThat(search(group, "Schulen")).containsExactly("Radwege sichern");
        assertThat(search(group, "Hauptstrasse")).isEmpty();

        jdbc.update("update proposal set search_terms = '', search_version = 0 where id = ?", proposal);
        assertThat(search(group, "Schulen")).isEmpty();
        assertThat(searchTerms.refreshAll()).isPositive();
        assertThat(search(group, "Schulen")).containsExactly("Radwege sichern");
    }
}
