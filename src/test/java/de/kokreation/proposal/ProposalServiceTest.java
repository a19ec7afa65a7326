package de.kokreation.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
@Tag("database")
class ProposalServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    private final ProposalDraft draft = new ProposalDraft(
            "Offene Haushaltsdaten für alle Kommunen",
            "Alle Kommunen veröffentlichen ihre Haushaltsdaten maschinenlesbar.");

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void aCitizenSubmitsAProposalWhileTheConsultationCollects() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount citizen = fixtures.citizen();

        long id = fixtures.as(citizen, () -> proposals.submit(group.id(), draft));

        ProposalDetails saved = proposals.getProposal(id);
        assertThat(saved.title()).isEqualTo(draft.title());
        assertThat(saved.authorName()).isEqualTo(citizen.displayName());
        assertThat(saved.bodyHtml())
                .isEqualTo("<p>Alle Kommunen veröffentlichen ihre Haushaltsdaten maschinenlesbar.</p>");
        assertThat(saved.tally().votesFor()).isZero();
    }

    @Test
    void nobodySubmitsWithoutLogin() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();

        assertThatThrownBy(() -> proposals.submit(group.id(), draft))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(proposals
                        .listProposals(group.id(), ProposalQuery.all(ProposalSort.NEWEST), 0, 10)
                        .totalItems())
                .isZero();
    }

    @Test
    void proposalsAreRefusedOutsideTheCollectionPhase() {
        UserAccount citizen = fixtures.citizen();
        ThemeGroupSummary closed = fixtures.closedConsultation().themeGroups().getFirst();
        ThemeGroupSummary announced =
                fixtures.announcedConsultation().themeGroups().getFirst();

        for (ThemeGroupSummary group : new ThemeGroupSummary[] {closed, announced}) {
            assertThatThrownBy(() -> fixtures.as(citizen, () -> proposals.submit(group.id(), draft)))
                    .isInstanceOf(DomainException.class)
                    .extracting(failure -> ((DomainException) failure).messageKey())
                    .isEqualTo("proposal.error.collectionClosed");
        }
    }

    @Test
    void invalidInputIsRefusedOnTheServerToo() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount citizen = fixtures.citizen();

        assertThatThrownBy(() -> fixtures.as(
                        citizen,
                        () -> proposals.submit(
                                group.id(), new ProposalDraft("x".repeat(151), "Ein ausreichend langer Text."))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> fixtures.as(
                        citizen,
                        () -> proposals.submit(group.id(), new ProposalDraft("   ", "Ein ausreichend langer Text."))))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void theBodyIsSanitizedOnTheServer() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount citizen = fixtures.citizen();

        long id = fixtures.as(
                citizen,
                () -> proposals.submit(
                        group.id(),
                        new ProposalDraft(
                                "Skript im Text",
                                "Hallo <img src=x onerror=alert(1)> und [hier](javascript:alert(2)) und <a href=\"https://ok.example\">ok</a>")));

        String html = proposals.getProposal(id).bodyHtml();
        assertThat(html)
                .doesNotContain("onerror")
                .doesNotContain("javascript:")
                .doesNotContain("<img")
                .contains("rel=\"nofollow ugc noopener\"");
    }

    @Test
    void onlyTheAuthorRevisesAndOnlyWhileCollecting() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        UserAccount other = fixtures.citizen();
        long id = fixtures.as(author, () -> proposals.submit(group.id(), draft));
        ProposalDraft revised = new ProposalDraft("Offene Haushaltsdaten in ganz NRW", draft.body());

        assertThatThrownBy(() -> fixtures.as(other, () -> {
                    proposals.revise(id, revised);
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);
        assertThat(proposals.getProposal(id).title()).isEqualTo(draft.title());

        fixtures.as(author, () -> {
            proposals.revise(id, revised);
            return null;
        });
        assertThat(proposals.getProposal(id).title()).isEqualTo(revised.title());

        fixtures.loginAs(author);
        assertThat(proposals.getProposal(id).mayEdit()).isTrue();
        fixtures.loginAs(other);
        assertThat(proposals.getProposal(id).mayEdit()).isFalse();
    }

    @Test
    void listsSortSearchAndPageInTheDatabase() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        for (int i = 1; i <= 25; i++) {
            fixtures.proposal(group, author, "Vorschlag Nummer " + i + (i % 5 == 0 ? " zu Open_Data" : ""));
        }

        ProposalPage newest = proposals.listProposals(group.id(), ProposalQuery.all(ProposalSort.NEWEST), 0, 10);
        assertThat(newest.totalItems()).isEqualTo(25);
        assertThat(newest.pageCount()).isEqualTo(3);
        assertThat(newest.items()).hasSize(10);
        assertThat(newest.items().getFirst().title()).isEqualTo("Vorschlag Nummer 25 zu Open_Data");

        ProposalPage last = proposals.listProposals(group.id(), ProposalQuery.all(ProposalSort.NEWEST), 2, 10);
        assertThat(last.items()).hasSize(5);
        assertThat(last.items().getLast().title()).isEqualTo("Vorschlag Nummer 1");

        ProposalPage found =
                proposals.listProposals(group.id(), new ProposalQuery("open_data", ProposalSort.MOST_SUPPORTED), 0, 10);
        assertThat(found.totalItems()).isEqualTo(5);
        ProposalPage underscoreIsLiteral =
                proposals.listProposals(group.id(), new ProposalQuery("open_", ProposalSort.MOST_SUPPORTED), 0, 10);
        assertThat(underscoreIsLiteral.totalItems()).isEqualTo(5);
        ProposalPage percentIsLiteral =
                proposals.listProposals(group.id(), new ProposalQuery("%", ProposalSort.MOST_SUPPORTED), 0, 10);
        assertThat(percentIsLiteral.totalItems()).isZero();
    }

    @Test
    void anUnknownProposalIsNotFound() {
        assertThatThrownBy(() -> proposals.getProposal(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }
}
