package de.kokreation.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.shell.Formats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The milestone sheet both ways: what is downloaded uploads again without a change; filled-in rows
 * become reports; any refused row refuses the whole file, each refusal naming its line.
 */
@IntegrationTest
@Tag("database")
class MilestoneSheetTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    MilestoneSheet sheet;

    @Autowired
    ImplementationService implementation;

    private UserAccount coordinator;
    private UserAccount responsible;
    private PlanSummary plan;

    @BeforeEach
    void setUp() {
        coordinator = fixtures.account("Koordination", EnumSet.of(Role.CITIZEN));
        responsible = fixtures.account("Verantwortlich", EnumSet.of(Role.CITIZEN));
        plan = planFixtures.published(
                coordinator, planFixtures.finalDraft(fixtures.citizen(), "Offene Karten " + Fixtures.next(), 3));
        long commitment = fixtures.as(coordinator, () -> implementation.commitment(plan.slug(), 1))
                .commitment()
                .id();
        fixtures.as(coordinator, () -> {
            implementation.addResponsible(commitment, responsible.id());
            return null;
        });
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    private String download(UserAccount account) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fixtures.as(account, () -> {
            sheet.write(plan.id(), out);
            return null;
        });
        return out.toString(StandardCharsets.UTF_8);
    }

    private MilestoneImport upload(UserAccount account, String csv) {
        return fixtures.as(
                account, () -> sheet.read(plan.id(), new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void whatIsDownloadedUploadsAgainWithoutAChange() {
        String csv = download(responsible);
        assertThat(csv)
                .startsWith("\uFEFFcommitment,milestone,deliverable,end_date,level,as_of,note,evidence_links\r\n")
                .contains("1,1,Meilenstein 1,2027-01-28,NOT_STARTED,,,\r\n")
                .contains("1,3,Meilenstein 3,2027-03-28,NOT_STARTED,,,\r\n");
        assertThat(upload(responsible, csv)).isEqualTo(new MilestoneImport(0, List.of()));
        assertThat(implementation.commitment(plan.slug(), 1).history()).isEmpty();
    }

    @Test
    void filledInRowsBecomeReportsWithTheirDateNoteAndLinks() {
        String csv = download(responsible)
                .replace(
                        "1,1,Meilenstein 1,2027-01-28,NOT_STARTED,,,",
                        "1,1,Meilenstein 1,2027-01-28,COMPLETED,"
                                + LocalDate.now(Formats.ZONE).minusDays(3)
                                + ",\"Fertig, mit \"\"Abnahme\"\" – Ä😀\",https://a.example/x https://b.example/y")
                .replace(
                        "1,2,Meilenstein 2,2027-02-28,NOT_STARTED,,,",
                        "1,2,Meilenstein 2,2027-02-28,limited,,'=Formel,");
        MilestoneImport outcome = upload(responsible, csv);
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.reports()).isEqualTo(2);
        CommitmentDetails page = implementation.commitment(plan.slug(), 1);
        assertThat(page.commitment().milestones())
                .extracting(MilestoneLine::level)
                .containsExactly(CompletionLevel.COMPLETED, CompletionLevel.LIMITED, CompletionLevel.NOT_STARTED);
        ReportLine first = page.history().stream()
                .filter(report -> Integer.valueOf(1).equals(report.milestoneNumber()))
                .findFirst()
                .orElseThrow();
        assertThat(first.note()).isEqualTo("Fertig, mit \"Abnahme\" – Ä😀");
        assertThat(first.asOf()).isEqualTo(LocalDate.now(Formats.ZONE).minusDays(3));
        assertThat(first.evidenceLinks()).containsExactly("https://a.example/x", "https://b.example/y");
        assertThat(page.history().stream()
                        .filter(report -> Integer.valueOf(2).equals(report.milestoneNumber()))
                        .findFirst()
                        .orElseThrow()
                        .note())
                .as("the spreadsheet guard is taken off again")
                .isEqualTo("=Formel");
        // downloaded again, the sheet shows the new levels and uploads without a change
        String again = download(responsible);
        assertThat(again).contains("1,1,Meilenstein 1,2027-01-28,COMPLETED,,,");
        assertThat(upload(responsible, again).reports()).isZero();
    }

    @Test
    void oneRefusedRowRefusesTheFileAndEveryRefusalNamesItsLine() {
        String csv = download(responsible)
                        .replace(
                                "1,1,Meilenstein 1,2027-01-28,NOT_STARTED,,,",
                                "1,1,Meilenstein 1,2027-01-28,COMPLETED,,,")
                        .replace(
                                "1,2,Meilenstein 2,2027-02-28,NOT_STARTED,,,", "1,2,Meilenstein 2,2027-02-28,FERTIG,,,")
                        .replace(
                                "1,3,Meilenstein 3,2027-03-28,NOT_STARTED,,,",
                                "1,3,Meilenstein 3,2027-03-28,LIMITED,"
                                        + LocalDate.now(Formats.ZONE).plusDays(1) + ",,")
                + "2,1,Gibt es nicht,2027-01-01,LIMITED,,,\r\n"
                + "1,1,Doppelt,2027-01-01,LIMITED,31.12.2026,,\r\n"
                + "1,2,Link,2027-01-01,LIMITED,,,javascript:alert(1)\r\n";
        MilestoneImport outcome = upload(responsible, csv);
        assertThat(outcome.reports()).isZero();
        assertThat(outcome.errors())
                .extracting(MilestoneImport.RowError::line, MilestoneImport.RowError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "plan.import.error.level"),
                        org.assertj.core.groups.Tuple.tuple(4, "plan.error.futureDate"),
                        org.assertj.core.groups.Tuple.tuple(5, "plan.import.error.unknownMilestone"),
                        org.assertj.core.groups.Tuple.tuple(6, "plan.import.error.date"),
                        org.assertj.core.groups.Tuple.tuple(7, "plan.error.evidenceLink"));
        assertThat(implementation.commitment(plan.slug(), 1).commitment().milestones())
                .as("nothing half-imported: the valid first row was not written either")
                .allMatch(milestone -> milestone.level() == CompletionLevel.NOT_STARTED);
    }

    @Test
    void aMilestoneTwiceIsRefusedAndLinesAreCountedAsTheFileShowsThem() {
        String csv = "commitment,milestone,level,note\r\n"
                + "1,1,LIMITED,\"Erster Absatz.\r\n\r\nZweiter Absatz.\"\r\n"
                + "\r\n"
                + "1,2,FERTIG,\r\n"
                + "1,1,COMPLETED,Doch fertig\r\n";
        MilestoneImport outcome = upload(responsible, csv);
        assertThat(outcome.errors())
                .extracting(MilestoneImport.RowError::line, MilestoneImport.RowError::messageKey)
                .as("the note spans lines 2 to 4, line 5 is blank")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(6, "plan.import.error.level"),
                        org.assertj.core.groups.Tuple.tuple(7, "plan.import.error.duplicate"));
        assertThat(outcome.errors().get(1).arguments()).containsExactly(2);
    }

    @Test
    void othersGetNoSheetAndFilesThatAreNoCsvAreRefusedWithAMessage() {
        UserAccount citizen = fixtures.citizen();
        assertThat(fixtures.as(citizen, () -> sheet.mayUse(plan.id()))).isFalse();
        assertThat(fixtures.as(responsible, () -> sheet.mayUse(plan.id()))).isTrue();
        assertThat(download(citizen)).as("nothing they may report on").hasLineCount(1);
        assertThat(upload(citizen, download(responsible).replace("NOT_STARTED,,,", "LIMITED,,,"))
                        .errors())
                .extracting(MilestoneImport.RowError::messageKey)
                .containsOnly("plan.import.error.notResponsible");
        assertThat(upload(responsible, "kein,csv\n1,2").errors())
                .extracting(MilestoneImport.RowError::messageKey)
                .containsExactly("plan.import.error.header");
        byte[] latin1 =
                "commitment,milestone,level,note\n1,1,LIMITED,Gr\u00fc\u00dfe".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(fixtures.as(responsible, () -> sheet.read(plan.id(), new ByteArrayInputStream(latin1)))
                        .errors())
                .extracting(MilestoneImport.RowError::messageKey)
                .containsExactly("plan.import.error.unreadable");
        assertThatThrownBy(() -> sheet.read(plan.id(), new ByteArrayInputStream(new byte[0])))
                .as("anonymous")
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
