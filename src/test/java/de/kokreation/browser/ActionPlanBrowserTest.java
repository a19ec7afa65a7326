package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.PlanFixtures.FinalDraft;
import de.kokreation.TestMailServer;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.actionplan.PlanSummary;
import de.kokreation.actionplan.RoundService;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Formats;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole loop in a real browser: the coordinator assembles a plan from a final draft and
 * publishes it and names the responsible person; she reports on a milestone with the keyboard;
 * the author of the proposal the commitment grew from gets the mail and sees the level on the
 * proposal page; the monitoring page shows it.
 */
@IntegrationTest
@Tag("browser")
class ActionPlanBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    TestMailServer mail;

    @Autowired
    RoundService rounds;

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    @Test
    void fromAFinalDraftToAPublishedPlanAReportAndTheAuthorsProposalPage() {
        UserAccount author = fixtures.citizen();
        UserAccount coordinator = fixtures.account("Kora Koordination", EnumSet.of(Role.CITIZEN));
        UserAccount responsible = fixtures.account("Rita Referat", EnumSet.of(Role.CITIZEN));
        String title = "Offene Vergabedaten " + Fixtures.next();
        FinalDraft draft = planFixtures.finalDraft(author, title, 2);
        PlanSummary plan = planFixtures.plan(coordinator);

        // The coordinator takes the final draft in and publishes the plan.
        Page page = browser.newPage(1280, 900);
        logIn(page, coordinator.email(), Fixtures.PASSWORD);
        page.navigate(base() + Permalinks.actionPlan(plan.slug()));
        assertThat(page.locator("#plan-status")).hasText("In Vorbereitung");
        page.locator("#plan-adopt-draft input").click();
        page.keyboard().type(title);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(title))
                .first()
                .click();
        page.locator("#plan-adopt").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("als Verpflichtung 1 aufgenommen");
        assertThat(page.locator("#plan-commitments")).containsText(title);
        BrowserSession.screenshot(page, "plan-1-assembled");
        page.locator("#plan-publish").click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay, #confirm-dialog")
                        .first())
                .containsText("Aktionsplan veröffentlichen?");
        page.locator("[slot=confirm-button]:visible").first().click();
        assertThat(page.locator("#plan-status")).hasText("Veröffentlicht");

        // ... and names the responsible person on the commitment's page.
        page.locator("#plan-commitments a")
                .filter(new Locator.FilterOptions().setHasText(title))
                .click();
        page.locator("#responsible-email input").fill(responsible.email());
        page.locator("#responsible-add").click();
        assertThat(page.locator("#responsible-people")).containsText("Rita Referat");
        page.context().close();

        // The responsible person reports with the keyboard; the note arrives in one go, as pasted text does.
        Page reporter = browser.newPage(1280, 900);
        logIn(reporter, responsible.email(), Fixtures.PASSWORD);
        reporter.navigate(base() + Permalinks.planCommitment(plan.slug(), 1));
        assertThat(reporter.locator("#commitment-level")).hasText("nicht begonnen");
        reporter.locator("#report-milestone").click();
        reporter.locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText("1. Meilenstein 1"))
                .click();
        reporter.locator("#report-level").click();
        reporter.locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText("begrenzt"))
                .click();
        reporter.locator("#report-note textarea").focus();
        reporter.keyboard().insertText("Die Ausschreibung ist veröffentlicht; die Vergabe folgt im Herbst. Ä–Ω–😀");
        reporter.keyboard().press("Tab");
        reporter.keyboard().type("https://vergabe.example/ausschreibung");
        reporter.keyboard().press("Tab");
        reporter.keyboard().press("Enter");
        assertThat(reporter.locator("vaadin-notification-card").last()).containsText("Der Bericht ist veröffentlicht");
        assertThat(reporter.locator("#commitment-level")).hasText("begrenzt");
        assertThat(reporter.locator("#commitment-history")).containsText("Ä–Ω–😀");
        assertThat(reporter.locator("#commitment-history a"))
                .hasAttribute("href", "https://vergabe.example/ausschreibung");
        assertThat(reporter.locator("#milestone-1")).containsText("begrenzt");
        BrowserSession.screenshot(reporter, "plan-2-reported");

        // ... and reports on the second milestone through the milestone sheet: download, edit, upload.
        reporter.navigate(base() + Permalinks.planMonitoring(plan.slug()));
        Download sheet = reporter.waitForDownload(
                () -> reporter.locator("#milestone-sheet-download").click());
        String csv;
        try {
            csv = Files.readString(sheet.path());
            Path edited = Files.createTempFile("meilensteine", ".csv");
            Files.writeString(
                    edited,
                    csv.replace(
                            "1,2,Meilenstein 2,2027-02-28,NOT_STARTED,,,",
                            "1,2,Meilenstein 2,2027-02-28,SUBSTANTIAL,,Weit gediehen.,"));
            reporter.locator("#milestone-sheet-upload input[type=file]").setInputFiles(edited);
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
        assertThat(reporter.locator("#milestone-sheet-result")).containsText("Ein Bericht übernommen.");
        BrowserSession.screenshot(reporter, "plan-2b-sheet");
        reporter.context().close();

        // The author hears of it, and the proposal page closes the loop.
        // limited after the form's report, substantial after the sheet's: two mails
        MimeMessage toAuthor = mail.awaitMailTo(
                author.email(), message -> TestMailServer.subject(message).endsWith("substanziell"));
        Assertions.assertThat(TestMailServer.subject(toAuthor))
                .isEqualTo("Verpflichtung 1 „" + title + "“: Umsetzung substanziell");
        Page authorPage = browser.newPage(1280, 900);
        logIn(authorPage, author.email(), Fixtures.PASSWORD);
        authorPage.navigate(base() + Permalinks.proposal(draft.proposalId()));
        assertThat(authorPage.locator("#response-implementations")).containsText("Verpflichtung 1: " + title);
        assertThat(authorPage.locator("#response-implementations")).containsText("Umsetzung: substanziell");
        BrowserSession.screenshot(authorPage, "plan-3-proposal");

        // She answers the latest report on the commitment's page: she does not agree with its level.
        // The text arrives in one go (as pasted), the form is sent with the keyboard.
        authorPage.locator("#response-implementations a").first().click();
        authorPage
                .locator("[id^=report-comment-form-] vaadin-details-summary")
                .first()
                .click();
        Locator answer =
                authorPage.locator("[id^=report-comment-text-] textarea").first();
        authorPage
                .locator("[id^=report-comment-side-] vaadin-radio-button")
                .nth(1)
                .click();
        answer.fill("Die Ausschreibung läuft noch – „substanziell“ ist zu früh.");
        answer.press("Tab");
        authorPage.keyboard().press("Enter");
        Locator comments = authorPage.locator("[id^=report-comments-]").first();
        assertThat(comments).containsText("stimmt dem berichteten Stand nicht zu");
        assertThat(comments).containsText("Die Ausschreibung läuft noch – „substanziell“ ist zu früh.");
        assertThat(comments.locator("[id^=report-stances-]")).containsText("eine Person widerspricht");
        BrowserSession.screenshot(authorPage, "plan-3b-report-comment");

        // The public monitoring page shows the level, and the filter finds it.
        authorPage.navigate(base() + Permalinks.planMonitoring(plan.slug()));
        assertThat(authorPage.locator("#monitoring-summary")).containsText("1 Verpflichtung: 1 substanziell");
        assertThat(authorPage.locator("#monitoring-table")).containsText(title);
        authorPage.locator("#monitoring-level").click();
        authorPage
                .locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText("abgeschlossen"))
                .click();
        assertThat(authorPage.locator("#monitoring-results")).containsText("Keine Verpflichtung passt");
        BrowserSession.screenshot(authorPage, "plan-4-monitoring");

        // The coordinator opens a reporting round; at its deadline it is frozen.
        Page coordinatorPage = browser.newPage(1280, 900);
        logIn(coordinatorPage, coordinator.email(), Fixtures.PASSWORD);
        coordinatorPage.navigate(base() + Permalinks.planMonitoring(plan.slug()));
        coordinatorPage.locator("#round-title input").fill("Stand Dezember");
        fillDate(coordinatorPage, "#round-deadline", LocalDate.now(Formats.ZONE).format(GERMAN_DATE));
        coordinatorPage.locator("#round-open").click();
        assertThat(coordinatorPage.locator("h1")).hasText("Berichtsrunde: Stand Dezember");
        coordinatorPage.waitForURL("**/runden/*");
        long round = Long.parseLong(
                coordinatorPage.url().substring(coordinatorPage.url().lastIndexOf('/') + 1));
        rounds.freezeDue(LocalDate.now(Formats.ZONE).plusDays(1));

        // The author says she does not agree; the frozen round shows it beside the level.
        authorPage.navigate(base() + Permalinks.planRound(plan.slug(), round));
        assertThat(authorPage.locator("#round-state")).containsText("festgeschrieben");
        authorPage.locator("#assess-agrees-1 vaadin-radio-button").nth(1).click();
        authorPage.locator("#assess-reason-1 textarea").fill("Die Vergabe ist noch nicht einmal ausgeschrieben.");
        authorPage.locator("#assess-submit-1").click();
        assertThat(authorPage.locator("#assessments-1")).containsText("stimmt dem berichteten Stand nicht zu");
        BrowserSession.screenshot(authorPage, "plan-5-round");
        authorPage.context().close();

        // The status report of the round, downloaded as a citizen would, opens in PDFBox.
        coordinatorPage.navigate(base() + Permalinks.planExport(plan.slug()));
        Download download = coordinatorPage.waitForDownload(() ->
                coordinatorPage.locator("#status-report-" + round + "-pdf").click());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            Assertions.assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Statusbericht: Stand Dezember")
                    .contains(title)
                    .contains("substanziell");
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
        Download docx = coordinatorPage.waitForDownload(() ->
                coordinatorPage.locator("#status-report-" + round + "-docx").click());
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(docx.path()));
                XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            Assertions.assertThat(text.getText())
                    .contains("Statusbericht: Stand Dezember")
                    .contains(title)
                    .contains("substanziell");
        } catch (java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
        coordinatorPage.context().close();
    }
}
