package de.kokreation.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.TestMailServer;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupStatistics;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.OutcomeFilter;
import de.kokreation.proposal.ProposalQuery;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ProposalSort;
import de.kokreation.proposal.ProposalSummary;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.ResponseService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every proposal gets a reasoned response from its theme group, public and told to its author. */
@IntegrationTest
class ResponseTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ResponseService responses;

    @Autowired
    ContentModeration moderation;

    @Autowired
    ProposalService proposals;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    ThemeGroupStatistics statistics;

    @Autowired
    TestMailServer mail;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void listsShowWhatBecameOfEveryProposalAndFilterByIt() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        UserAccount lead = fixtures.leadOf(group, "Leitung Ergebnisse");
        UserAccount author = fixtures.citizen();
        long adopted = fixtures.proposal(group, author, "Wird übernommen");
        long rejected = fixtures.proposal(group, author, "Wird nicht übernommen");
        long open = fixtures.proposal(group, author, "Bleibt noch offen");
        fixtures.as(lead, () -> {
            responses.respond(adopted, ResponseOutcome.ADOPTED, "");
            responses.respond(rejected, ResponseOutcome.NOT_ADOPTED, "Nicht zuständig");
            return null;
        });

        var all = proposals
                .listProposals(group.id(), ProposalQuery.all(ProposalSort.NEWEST), 0, 50)
                .items();
        assertThat(all)
                .filteredOn(item -> item.id() == adopted)
                .singleElement()
                .satisfies(item -> assertThat(item.outcome()).isEqualTo(ResponseOutcome.ADOPTED));
        assertThat(all)
                .filteredOn(item -> item.id() == rejected)
                .singleElement()
                .satisfies(item -> assertThat(item.outcome()).isEqualTo(ResponseOutcome.NOT_ADOPTED));
        assertThat(all)
                .filteredOn(item -> item.id() == open)
                .singleElement()
                .satisfies(item -> assertThat(item.outcome()).isNull());

        assertThat(ids(group, OutcomeFilter.ADOPTED)).containsExactly(adopted);
        assertThat(ids(group, OutcomeFilter.NOT_ADOPTED)).containsExactly(rejected);
        assertThat(ids(group, OutcomeFilter.UNANSWERED)).containsExactly(open);
        assertThat(ids(group, OutcomeFilter.DUPLICATE)).isEmpty();
        assertThat(ids(group, OutcomeFilter.ALL)).containsExactly(open, rejected, adopted);
    }

    private List<Long> ids(ThemeGroupSummary group, OutcomeFilter outcome) {
        return proposals
                .listProposals(group.id(), new ProposalQuery("", ProposalSort.NEWEST, outcome), 0, 50)
                .items()
                .stream()
                .map(ProposalSummary::id)
                .toList();
    }

    @Test
    void theLeadAnswersWithAReasonAndTheAuthorIsTold() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        ThemeGroupSummary otherGroup = consultation.themeGroups().get(1);
        UserAccount lead = fixtures.account("Leitung", EnumSet.of(Role.CITIZEN, Role.LEAD));
        UserAccount otherLead = fixtures.account("Andere Leitung", EnumSet.of(Role.CITIZEN, Role.LEAD));
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.ADMIN));
        fixtures.as(admin, () -> {
            administration.assignLead(group.id(), lead.id());
            administration.assignLead(otherGroup.id(), otherLead.id());
            return null;
        });
        UserAccount author = fixtures.citizen();
        long proposal = fixtures.proposal(group, author, "Open Data für Haushaltspläne");

        assertThatThrownBy(() -> fixtures.as(otherLead, () -> {
                    responses.respond(proposal, ResponseOutcome.ADOPTED, "");
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixtures.as(author, () -> {
                    responses.respond(proposal, ResponseOutcome.ADOPTED, "");
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixtures.as(lead, () -> {
                    responses.respond(proposal, ResponseOutcome.NOT_ADOPTED, " ");
                    return null;
                }))
                .isInstanceOf(DomainException.class);

        fixtures.as(lead, () -> {
            responses.respond(proposal, ResponseOutcome.PARTLY_ADOPTED, "Geht in Verpflichtung 3 ein.");
            return null;
        });

        var response = proposals.getProposal(proposal).response();
        assertThat(response).isNotNull();
        assertThat(response.outcome()).isEqualTo(ResponseOutcome.PARTLY_ADOPTED);
        assertThat(response.reason()).isEqualTo("Geht in Verpflichtung 3 ein.");
        MimeMessage toAuthor = mail.awaitMailTo(author.email());
        assertThat(TestMailServer.subject(toAuthor))
                .isEqualTo("Rückmeldung zu Ihrem Vorschlag „Open Data für Haushaltspläne“: teilweise übernommen");
        assertThat(statistics.answeredCounts(List.of(group.id()))).containsEntry(group.id(), 1L);
    }

    @Test
    void aDuplicateIsAnsweredAsDuplicate() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.ADMIN));
        UserAccount author = fixtures.citizen();
        long original = fixtures.proposal(group, author, "Original");
        long copy = fixtures.proposal(group, fixtures.citizen(), "Kopie");

        fixtures.as(admin, () -> {
            moderation.markDuplicate(copy, original);
            return null;
        });

        var response = proposals.getProposal(copy).response();
        assertThat(response).isNotNull();
        assertThat(response.outcome()).isEqualTo(ResponseOutcome.DUPLICATE);
    }
}
