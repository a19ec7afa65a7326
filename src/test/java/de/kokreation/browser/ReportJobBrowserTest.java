package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobKind;
import de.kokreation.jobs.JobRequest;
import de.kokreation.proposal.seed.ProposalSeeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator makes the Ergebnisbericht of a consultation with thousands of proposals from the
 * export page: the page shows the job's progress and then offers the file, pushed by the server
 * without another click; a second start while it runs makes no second job; a job that fails says
 * why in the page and to screen readers.
 */
@IntegrationTest
@Tag("browser")
class ReportJobBrowserTest extends BrowserTest {

    private static final int PROPOSALS = 3_000;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BackgroundJobs jobs;

    private String slug;
    private UserAccount coordinator;

    /**
     * A consultation with its coordinator; {@code proposals} of them inserted in bulk (the other
     * tests share this database, so only the test that needs a long report gets them).
     */
    private void aConsultationWith(int proposals) throws SQLException {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        slug = consultation.consultation().slug();
        coordinator = fixtures.account("Koordination Bericht", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        fixtures.as(admin, () -> {
            administration.assignCoordinator(consultation.consultation().id(), coordinator.id());
            return null;
        });
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        long author = fixtures.citizen().id();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
                ProposalSeeds seeds = new ProposalSeeds(connection, 500)) {
            for (int i = 0; i < proposals; i++) {
                String text = "Vorschlag Nummer " + i + " mit Umlauten: Straße, Größe, Übermaß.";
                seeds.insert(new ProposalSeeds.Proposal(
                        group.id(),
                        author,
                        "Vorschlag " + i + " für offene Daten",
                        text,
                        "<p>" + text + "</p>",
                        now.minusHours(i % 500),
                        now.minusHours(i % 500),
                        i % 37,
                        i % 5,
                        0,
                        null,
                        null,
                        null));
            }
        }
    }

    @Test
    void theReportIsMadeInTheBackgroundAndOfferedWithoutAnotherClick() throws IOException, SQLException {
        aConsultationWith(PROPOSALS);
        // Both places for reports on this node are taken: the coordinator's report waits in the
        // queue until the test lets them go, which leaves time to click again.
        CountDownLatch othersDone = new CountDownLatch(1);
        try {
            for (int i = 0; i < jobs.limit(JobKind.RESULT_REPORT); i++) {
                fixtures.as(
                        fixtures.citizen(),
                        () -> jobs.start(new JobRequest(
                                JobKind.RESULT_REPORT,
                                "someone-else-" + Fixtures.next(),
                                "r.pdf",
                                "application/pdf",
                                (progress, out) -> waitFor(othersDone))));
            }
            Page page = browser.newPage(1280, 900);
            logIn(page, coordinator.email(), Fixtures.PASSWORD);
            page.navigate(base() + "/konsultationen/" + slug + "/export");
            Locator start = page.locator("#export-report-pdf-start");
            start.click();

            assertThat(page.locator("#export-report-pdf-progress-text")).containsText("Wartet auf einen freien Platz");
            assertThat(start).isDisabled();
            assertThat(page.locator("#export-report-pdf-announcement"))
                    .containsText("Ergebnisbericht (PDF) wird erstellt");

            // a second click, and the same start from another window, join the waiting job
            start.dispatchEvent("click");
            Page second = browser.newPage(1280, 900);
            logIn(second, coordinator.email(), Fixtures.PASSWORD);
            second.navigate(base() + "/konsultationen/" + slug + "/export");
            assertThat(second.locator("#export-report-pdf-start")).isDisabled();
            assertThat(second.locator("#export-report-pdf-progress-text")).isVisible();
            othersDone.countDown();

            // progress as it runs, pushed to the page
            assertThat(page.locator("#export-report-pdf-progress-text"))
                    .containsText("von 3.000 Vorschlägen geschrieben");
            BrowserSession.screenshot(page, "report-job-1-running");
            theFileIsOffered(page, second);
        } finally {
            othersDone.countDown();
        }
    }

    private void theFileIsOffered(Page page, Page second) throws IOException {
        Locator start = page.locator("#export-report-pdf-start");
        // the file is offered when ready, pushed to the page
        Locator download = page.locator("#export-report-pdf-download");
        assertThat(download)
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(120_000));
        assertThat(download).containsText("Ergebnisbericht (PDF) herunterladen");
        assertThat(download).containsText("MB");
        assertThat(page.locator("#export-report-pdf-announcement")).containsText("ist fertig");
        assertThat(start).isEnabled();
        BrowserSession.screenshot(page, "report-job-2-done");
        // on a small phone the long labels wrap instead of widening the page
        page.setViewportSize(320, 800);
        page.waitForTimeout(200);
        Assertions.assertThat(sidewaysOverflow(page)).isLessThanOrEqualTo(0);
        BrowserSession.screenshot(page, "report-job-2-done-phone");
        page.setViewportSize(1280, 900);
        Assertions.assertThat(jdbc.queryForObject(
                        "select count(*) from background_job where subject = ?",
                        Long.class,
                        "report:" + slug + ":pdf:de"))
                .isEqualTo(1);

        Download file = page.waitForDownload(download::click);
        Assertions.assertThat(file.suggestedFilename()).isEqualTo(slug + "-ergebnisbericht.pdf");
        byte[] pdf = Files.readAllBytes(file.path());
        Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        Assertions.assertThat(pdf.length).isGreaterThan(200_000);

        // the other window heard of it too; coming back later, the page shows the finished report again
        assertThat(second.locator("#export-report-pdf-download")).isVisible();
        second.navigate(base() + "/konsultationen/" + slug);
        second.navigate(base() + "/konsultationen/" + slug + "/export");
        assertThat(second.locator("#export-report-pdf-download")).isVisible();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFailingJobSaysWhyOnThePageAndToScreenReaders() throws IOException, SQLException {
        aConsultationWith(1);
        Page page = browser.newPage(1280, 900);
        logIn(page, coordinator.email(), Fixtures.PASSWORD);
        page.navigate(base() + "/konsultationen/" + slug + "/export");
        Path directory = jobs.directory();
        Path aside = directory.resolveSibling(directory.getFileName() + "-aside");
        Files.move(directory, aside);
        Files.writeString(directory, "no room for reports"); // the directory is gone: the file cannot be written
        try {
            page.locator("#export-report-docx-start").click();
            assertThat(page.locator("#export-report-docx-failure"))
                    .containsText(
                            "Ergebnisbericht (Word (DOCX)) konnte nicht erstellt werden. Der Server konnte die Datei"
                                    + " nicht ablegen.");
            assertThat(page.locator("#export-report-docx-announcement")).containsText("konnte nicht erstellt werden");
            assertThat(page.locator("#export-report-docx-start")).isEnabled();
            assertThat(page.locator("#export-report-docx-download")).hasCount(0);
            BrowserSession.screenshot(page, "report-job-3-failed");
        } finally {
            Files.delete(directory);
            Files.move(aside, directory);
        }
    }
}
