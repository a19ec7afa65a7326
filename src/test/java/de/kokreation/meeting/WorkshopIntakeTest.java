package de.kokreation.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobKind;
import de.kokreation.jobs.JobState;
import de.kokreation.jobs.JobStatus;
import de.kokreation.proposal.ProposalDetails;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalQuery;
import de.kokreation.proposal.ProposalService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The input of a workshop: cards typed in by organisers become proposals with the meeting as
 * their source, take part in the theme group's list, carry the room's dots apart from the online
 * votes; a CSV file is taken over whole or not at all.
 */
@IntegrationTest
@Tag("database")
class WorkshopIntakeTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    WorkshopIntake intake;

    @Autowired
    WorkshopImports imports;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    ProposalService proposals;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    de.kokreation.opendata.OpenDataExport openDataExport;

    private ConsultationDetails consultation;
    private ThemeGroupSummary openData;
    private ThemeGroupSummary transparency;
    private UserAccount coordinator;
    private long workshop;

    @BeforeEach
    void setUp() {
        consultation = fixtures.collectingConsultation();
        openData = consultation.themeGroups().get(0);
        transparency = consultation.themeGroups().get(1);
        coordinator = fixtures.account("Koordination " + Fixtures.next(), EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        fixtures.as(fixtures.account("Admin", EnumSet.of(Role.ADMIN)), () -> {
            administration.assignCoordinator(consultation.consultation().id(), coordinator.id());
            return null;
        });
        workshop = fixtures.as(
                coordinator,
                () -> meetings.create(
                        consultation.consultation().id(),
                        MeetingFixtures.workshop(
                                "Workshop Düsseldorf",
                                Instant.now().minus(Duration.ofHours(2)),
                                50,
                                Set.of(openData.id()))));
    }

    @Test
    void aCardBecomesAProposalFromTheWorkshopWithItsDotsApartFromTheOnlineVotes() {
        long proposalId = fixtures.as(
                coordinator,
                () -> intake.record(
                        workshop,
                        openData.id(),
                        new ProposalDraft(
                                "Open-Data-Portal für Kommunen", "Jede Kommune veröffentlicht ihre Haushaltsdaten."),
                        23));
        ProposalDetails proposal = proposals.getProposal(proposalId);
        assertThat(proposal.source()).isNotNull();
        assertThat(proposal.source().title()).isEqualTo("Workshop Düsseldorf");
        assertThat(proposal.tally().votesFor()).isZero();
        assertThat(proposal.roomVotes()).singleElement().satisfies(room -> {
            assertThat(room.dots()).isEqualTo(23);
            assertThat(room.meeting().meetingId()).isEqualTo(workshop);
        });
        var page = proposals.listProposals(
                openData.id(), ProposalQuery.all(de.kokreation.proposal.ProposalSort.NEWEST), 0, 20);
        assertThat(page.items())
                .filteredOn(item -> item.id() == proposalId)
                .singleElement()
                .satisfies(item -> assertThat(item.source()).isNotNull());
        assertThat(fixtures.as(coordinator, () -> intake.cards(workshop)))
                .singleElement()
                .satisfies(card -> assertThat(card.dots()).isEqualTo(23));
        // Counted again, and cleared.
        fixtures.as(coordinator, () -> {
            intake.countDots(workshop, proposalId, 25);
            return null;
        });
        assertThat(proposals.getProposal(proposalId).roomVotes().getFirst().dots())
                .isEqualTo(25);
        fixtures.as(coordinator, () -> {
            intake.countDots(workshop, proposalId, null);
            return null;
        });
        assertThat(proposals.getProposal(proposalId).roomVotes()).isEmpty();
    }

    @Test
    void theOpenDataNameTheEventInsteadOfWhoTypedTheCardIn() throws Exception {
        long proposalId = fixtures.as(
                coordinator,
                () -> intake.record(
                        workshop,
                        openData.id(),
                        new ProposalDraft("Karte für die offenen Daten", "Ein Text, der lang genug ist."),
                        null));
        var json = new java.io.ByteArrayOutputStream();
        openDataExport.writeExportJson(consultation.consultation().slug(), json);
        var tree = tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(json.toString(StandardCharsets.UTF_8));
        var card = java.util.stream.StreamSupport.stream(tree.path("proposals").spliterator(), false)
                .filter(node -> node.path("id").asLong() == proposalId)
                .findFirst()
                .orElseThrow();
        assertThat(card.path("sourceMeeting").asLong()).isEqualTo(workshop);
        assertThat(card.path("author").isNull()).isTrue();
        var csv = new java.io.ByteArrayOutputStream();
        openDataExport.writeProposalsCsv(consultation.consultation().slug(), csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("source_meeting");
    }

    @Test
    void onlyOrganisersWhoModerateTheGroupTypeIn() {
        UserAccount citizen = fixtures.citizen();
        ProposalDraft card = new ProposalDraft("Transparenzregister", "Ein Register aller Lobbykontakte für alle.");
        assertThatThrownBy(() -> fixtures.as(citizen, () -> intake.record(workshop, openData.id(), card, null)))
                .isInstanceOf(NotPermittedException.class);
        // The lead of "Offene Daten" organises this workshop but does not moderate "Transparenz".
        UserAccount lead = fixtures.leadOf(openData, "Leitung " + Fixtures.next());
        assertThat(fixtures.as(lead, () -> intake.record(workshop, openData.id(), card, null)))
                .isPositive();
        assertThatThrownBy(() -> fixtures.as(lead, () -> intake.record(workshop, transparency.id(), card, null)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(fixtures.as(lead, () -> intake.themeGroups(workshop)))
                .extracting(ThemeGroupSummary::id)
                .containsExactly(openData.id());
        // A card of another consultation's group is refused.
        ThemeGroupSummary elsewhere = fixtures.collectingThemeGroup();
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> intake.record(workshop, elsewhere.id(), card, null)))
                .hasMessageContaining("meeting.error.themeGroups");
        // Nor does the lead count dots for a proposal of a group they do not moderate.
        long others = fixtures.proposal(transparency, fixtures.citizen(), "Ein Vorschlag der anderen Gruppe");
        assertThatThrownBy(() -> fixtures.as(lead, () -> {
                    intake.countDots(workshop, others, 99);
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);
        // Dots out of range.
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> intake.record(workshop, openData.id(), card, -1)))
                .hasMessageContaining("meeting.error.dots");
    }

    @Test
    void cardsWaitForTheMeetingToBegin() {
        long coming = fixtures.as(
                coordinator,
                () -> meetings.create(
                        consultation.consultation().id(),
                        MeetingFixtures.workshop("Später", Instant.now().plus(Duration.ofDays(3)), null, Set.of())));
        assertThatThrownBy(() -> fixtures.as(
                        coordinator,
                        () -> intake.record(
                                coming,
                                openData.id(),
                                new ProposalDraft("Ein Titel", "Ein Text mit genug Zeichen darin."),
                                null)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("notBegun");
    }

    @Test
    void aCsvFileIsTakenOverWholeWithGermanColumnsSemicolonsAndLinesInCells() {
        String file = "\uFEFFThemengruppe;Titel;Text;Punkte\r\n"
                + "Offene Daten;Daten über Schulen;\"Alle Schulen veröffentlichen\nihre Ausstattung 📚\";12\r\n"
                + "offene-daten;Haushalt offen;Der Haushalt als Datensatz, jedes Jahr;\r\n"
                + "Transparenz;\"Lobby; Register\";Alle Kontakte der Ministerien öffentlich machen;3\r\n";
        WorkshopIntake.ImportResult result = fixtures.as(
                coordinator,
                () -> intake.importCsv(workshop, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
        assertThat(result.errors()).isEmpty();
        assertThat(result.recorded()).isEqualTo(3);
        var cards = fixtures.as(coordinator, () -> intake.cards(workshop));
        assertThat(cards)
                .extracting(card -> card.proposal().title())
                .containsExactly("Daten über Schulen", "Haushalt offen", "Lobby; Register");
        assertThat(cards).extracting(WorkshopIntake.Card::dots).containsExactly(12, null, 3);
    }

    @Test
    void aFileWithWrongRowsTakesOverNothingAndNamesEveryLine() {
        String file = "theme_group,title,text,dots\n"
                + "Offene Daten,Gut genug,Ein Text mit genug Zeichen darin.,1\n"
                + "Unbekannt,Gut genug,Ein Text mit genug Zeichen darin.,1\n"
                + "Offene Daten,Kurz,Zu kurz,1\n"
                + "\n"
                + "Offene Daten,Gut genug,Ein Text mit genug Zeichen darin.,viele\n";
        WorkshopIntake.ImportResult result = fixtures.as(
                coordinator,
                () -> intake.importCsv(workshop, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
        assertThat(result.recorded()).isZero();
        assertThat(result.errors())
                .extracting(WorkshopIntake.RowError::line, WorkshopIntake.RowError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "meeting.import.error.themeGroup"),
                        org.assertj.core.groups.Tuple.tuple(4, "proposal.error.titleSize"),
                        org.assertj.core.groups.Tuple.tuple(6, "meeting.error.dots"));
        assertThat(fixtures.as(coordinator, () -> intake.cards(workshop))).isEmpty();

        byte[] latin1 = "theme_group,title,text\nOffene Daten,Größe,Ein Text mit genug Zeichen: äöü\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(fixtures.as(coordinator, () -> intake.importCsv(workshop, new ByteArrayInputStream(latin1)))
                        .errors())
                .extracting(WorkshopIntake.RowError::messageKey)
                .containsExactly("meeting.import.error.unreadable");
        byte[] noHeader = "Offene Daten,Titel,Text\n".getBytes(StandardCharsets.UTF_8);
        assertThat(fixtures.as(coordinator, () -> intake.importCsv(workshop, new ByteArrayInputStream(noHeader)))
                        .errors())
                .extracting(WorkshopIntake.RowError::messageKey)
                .containsExactly("meeting.import.error.header");
    }

    @Test
    void anUploadedFileIsImportedAsABackgroundJobAndItsRefusalsAreKeptForThePage() {
        String good = "theme_group,title,text,dots\n"
                + "Offene Daten,Daten über Schulen,Alle Schulen veröffentlichen ihre Ausstattung.,4\n"
                + "Offene Daten,Haushalt offen,Der Haushalt als Datensatz jedes Jahr.,\n";
        JobStatus started =
                fixtures.as(coordinator, () -> imports.start(workshop, good.getBytes(StandardCharsets.UTF_8)));
        assertThat(started.kind()).isEqualTo(JobKind.WORKSHOP_IMPORT);
        JobStatus done = ended(started.id());
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.stepsDone()).isEqualTo(2);
        assertThat(done.stepsTotal()).isEqualTo(2);
        assertThat(done.downloadable()).isFalse();
        assertThat(fixtures.as(coordinator, () -> intake.cards(workshop))).hasSize(2);

        String wrong = "theme_group,title,text\nUnbekannt,Gut genug,Ein Text mit genug Zeichen darin.\n";
        JobStatus refused =
                ended(fixtures.as(coordinator, () -> imports.start(workshop, wrong.getBytes(StandardCharsets.UTF_8)))
                        .id());
        assertThat(refused.state()).isEqualTo(JobState.FAILED);
        assertThat(refused.messageKey()).isEqualTo("intake.import.refused");
        assertThat(refused.messageArguments()).containsExactly("1");
        assertThat(fixtures.as(coordinator, () -> imports.refusals(workshop, refused.subject())))
                .extracting(WorkshopIntake.RowError::line, WorkshopIntake.RowError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "meeting.import.error.themeGroup"));
        assertThat(fixtures.as(coordinator, () -> intake.cards(workshop))).hasSize(2);

        // Someone who does not organise the workshop is refused before any job starts.
        assertThatThrownBy(() -> fixtures.as(
                        fixtures.citizen(), () -> imports.start(workshop, good.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfAny(DomainException.class, AccessDeniedException.class, NotFoundException.class);
        assertThatThrownBy(() ->
                        fixtures.as(coordinator, () -> imports.start(workshop, new byte[WorkshopIntake.MAX_BYTES + 1])))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("meeting.import.error.tooLarge");
    }

    private JobStatus ended(long jobId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !fixtures.as(coordinator, () -> jobs.status(jobId))
                        .state()
                        .isActive());
        return fixtures.as(coordinator, () -> jobs.status(jobId));
    }
}
