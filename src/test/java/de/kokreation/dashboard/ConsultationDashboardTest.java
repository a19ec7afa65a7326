package de.kokreation.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupStatistics;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.dashboard.DashboardFigures.TopProposal;
import de.kokreation.meeting.MeetingFixtures;
import de.kokreation.meeting.MeetingService;
import de.kokreation.meeting.WorkshopIntake;
import de.kokreation.proposal.CommentService;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.ResponseService;
import de.kokreation.proposal.VoteService;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.voting.VoteDirection;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's figures, who sees them, and the public picture on the consultation page. */
@IntegrationTest
@Tag("database")
class ConsultationDashboardTest {

    @Autowired
    ConsultationDashboard dashboard;

    @Autowired
    ThemeGroupStatistics statistics;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    VoteService votes;

    @Autowired
    CommentService comments;

    @Autowired
    ResponseService responses;

    @Autowired
    MeetingService meetings;

    @Autowired
    WorkshopIntake intake;

    private ConsultationDetails consultation;
    private ThemeGroupSummary first;
    private ThemeGroupSummary second;
    private UserAccount coordinator;
    private UserAccount lead;
    private long popular;
    private long discussed;

    @BeforeEach
    void aConsultationWithSomeParticipation() {
        consultation = fixtures.collectingConsultation();
        first = consultation.themeGroups().get(0);
        second = consultation.themeGroups().get(1);
        coordinator = fixtures.account("Koordination Auswertung", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        fixtures.as(admin, () -> {
            administration.assignCoordinator(consultation.consultation().id(), coordinator.id());
            return null;
        });
        lead = fixtures.leadOf(first, "Leitung Eins");
        UserAccount author = fixtures.citizen();
        UserAccount voter = fixtures.citizen();
        popular = fixtures.proposal(first, author, "Offene Haushaltsdaten");
        discussed = fixtures.proposal(first, author, "Transparente Vergabe");
        fixtures.proposal(second, fixtures.citizen(), "Bürgerhaushalt");
        fixtures.as(voter, () -> votes.cast(popular, VoteDirection.FOR));
        fixtures.as(author, () -> votes.cast(popular, VoteDirection.FOR));
        fixtures.as(voter, () -> comments.post(discussed, null, "Ein Kommentar mit genug Text."));
        fixtures.as(voter, () -> comments.post(discussed, null, "Noch ein Kommentar mit Text."));
        fixtures.as(lead, () -> {
            responses.respond(popular, ResponseOutcome.ADOPTED, "Geht in die Verpflichtung ein.");
            return null;
        });
        long workshop = fixtures.as(
                admin,
                () -> meetings.create(
                        consultation.consultation().id(),
                        MeetingFixtures.workshop(
                                "Workshop Auswertung", Instant.now().minus(Duration.ofHours(1)), 30, Set.of())));
        fixtures.as(
                admin,
                () -> intake.record(
                        workshop,
                        second.id(),
                        new ProposalDraft("Karte aus dem Workshop", "Text der Karte, lang genug."),
                        3));
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void theCoordinatorSeesEveryGroupWithItsFigures() {
        DashboardFigures figures = fixtures.as(coordinator, () -> dashboard.figures(slug()));

        assertThat(figures.wholeConsultation()).isTrue();
        DashboardFigures.Totals totals = figures.totals();
        assertThat(totals.proposals()).isEqualTo(4);
        assertThat(totals.workshopProposals()).isEqualTo(1);
        assertThat(totals.answered()).isEqualTo(1);
        assertThat(totals.answeredPercent()).isEqualTo(25);
        assertThat(totals.comments()).isEqualTo(2);
        assertThat(totals.votes()).isEqualTo(2);
        // the two authors and the voter; the organiser who typed in the workshop card did not write it
        assertThat(totals.participants()).isEqualTo(3);
        assertThat(totals.queueEntries()).isEqualTo(3); // the answered one counts as reviewed
        assertThat(totals.queueOldest()).isNotNull();

        DashboardFigures.GroupRow firstRow = figures.groups().getFirst();
        assertThat(firstRow.name()).isEqualTo(first.name());
        assertThat(firstRow.proposals()).isEqualTo(2);
        assertThat(firstRow.answeredPercent()).isEqualTo(50);
        assertThat(firstRow.participants()).isEqualTo(2);
        assertThat(figures.groups().get(1).workshopProposals()).isEqualTo(1);

        assertThat(figures.mostSupported()).extracting(TopProposal::id).startsWith(popular);
        assertThat(figures.mostDiscussed()).extracting(TopProposal::id).startsWith(discussed);
        assertThat(figures.mostDiscussed().getFirst().comments()).isEqualTo(2);

        assertThat(figures.weekly()).isFalse();
        List<DashboardFigures.Period> periods = figures.periods();
        assertThat(periods).isNotEmpty();
        assertThat(periods.stream()
                        .mapToLong(DashboardFigures.Period::proposals)
                        .sum())
                .isEqualTo(4);
        assertThat(periods.stream().mapToLong(DashboardFigures.Period::votes).sum())
                .isEqualTo(2);
        assertThat(periods.stream()
                        .mapToLong(DashboardFigures.Period::newParticipants)
                        .sum())
                .isEqualTo(3);
    }

    @Test
    void aLeadSeesTheirOwnGroupAndNobodyElseSeesAnything() {
        DashboardFigures figures = fixtures.as(lead, () -> dashboard.figures(slug()));
        assertThat(figures.wholeConsultation()).isFalse();
        assertThat(figures.groups()).extracting(DashboardFigures.GroupRow::id).containsExactly(first.id());
        assertThat(figures.totals().proposals()).isEqualTo(2);

        UserAccount citizen = fixtures.citizen();
        assertThatThrownBy(() -> fixtures.as(citizen, () -> dashboard.figures(slug())))
                .isInstanceOf(NotPermittedException.class);
        UserAccount otherCoordinator =
                fixtures.account("Koordination anderswo", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        assertThatThrownBy(() -> fixtures.as(otherCoordinator, () -> dashboard.figures(slug())))
                .isInstanceOf(NotPermittedException.class);
        assertThat(fixtures.as(citizen, () -> dashboard.mayView(consultation))).isFalse();
        assertThat(fixtures.as(coordinator, () -> dashboard.mayView(consultation)))
                .isTrue();
    }

    @Test
    void thePublicPictureCountsEachPersonOnce() {
        List<Long> groups =
                consultation.themeGroups().stream().map(ThemeGroupSummary::id).toList();
        // counted in the background: empty at first, then the figures
        ThemeGroupStatistics.Participation participation = null;
        for (int i = 0; i < 200 && participation == null; i++) {
            participation = statistics.participation(groups).orElse(null);
            pause();
        }
        assertThat(participation).isNotNull();
        assertThat(participation.participants()).isEqualTo(3);
        assertThat(participation.proposals()).isEqualTo(4);
        assertThat(participation.comments()).isEqualTo(2);
        assertThat(participation.votes()).isEqualTo(2);
    }

    @Test
    void theDashboardIsCountedInTheBackgroundAndKeptForTheNextVisit() throws Exception {
        DashboardFigures counted =
                fixtures.as(coordinator, () -> dashboard.count(slug())).get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(counted.totals().proposals()).isEqualTo(4);
        assertThat(fixtures.as(coordinator, () -> dashboard.counted(slug()))).contains(counted);
        assertThat(dashboard.isStale(counted)).isFalse();
        // a lead's view is counted of its own: the coordinator's figures are not shown to them
        assertThat(fixtures.as(lead, () -> dashboard.counted(slug()))).isEmpty();
        UserAccount citizen = fixtures.citizen();
        assertThatThrownBy(() -> fixtures.as(citizen, () -> dashboard.counted(slug())))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixtures.as(citizen, () -> dashboard.count(slug())))
                .isInstanceOf(NotPermittedException.class);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String slug() {
        return consultation.consultation().slug();
    }
}
