package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.TestMailServer;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.meeting.MeetingKind;
import de.kokreation.meeting.MeetingPlan;
import de.kokreation.meeting.MeetingService;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.Formats;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Events as people use them: a coordinator plans a workshop with the keyboard, two citizens
 * register for its one seat (the second waits and moves up when the first cancels); the cards of
 * a workshop are typed in one after the other and imported from CSV; the room votes live on two
 * phones while the projector follows.
 */
@IntegrationTest
@Tag("browser")
class MeetingBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    TestMailServer mail;

    private ConsultationDetails consultation;
    private UserAccount coordinator;

    @BeforeEach
    void setUp() {
        consultation = fixtures.collectingConsultation();
        coordinator = fixtures.account("Koordinatorin " + Fixtures.next(), EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        fixtures.as(fixtures.account("Admin", EnumSet.of(Role.ADMIN)), () -> {
            administration.assignCoordinator(consultation.consultation().id(), coordinator.id());
            return null;
        });
    }

    @Test
    void aWorkshopIsPlannedAndItsOnlySeatMovesUpTheWaitingList() {
        Page organiser = browser.newPage(1280, 900);
        logIn(organiser, coordinator.email(), Fixtures.PASSWORD);
        organiser.navigate(
                base() + Permalinks.consultation(consultation.consultation().slug()));
        organiser.locator("#consultation-events-plan").click();
        organiser.locator("#meeting-title input").waitFor();
        organiser.locator("#meeting-title input").fill("Regionalworkshop Münster");
        LocalDate day = LocalDate.now(Formats.ZONE).plusDays(14);
        fillDate(organiser, "#meeting-start-date", day.format(DateTimeFormatter.ofPattern("d.M.yyyy")));
        fillTime(organiser, "#meeting-start-time", "10:00");
        fillTime(organiser, "#meeting-end-time", "16:30");
        organiser.locator("#meeting-place input").fill("Stadthaus 1, Klemensstraße 10, 48143 Münster");
        organiser.locator("#meeting-accessibility textarea").fill("Stufenlos, Induktionsschleife im Saal");
        organiser.locator("#meeting-capacity input").fill("1");
        organiser.locator("#meeting-agenda textarea").fill("- Begrüßung\n- Arbeit an Karten\n- Punkte kleben");
        organiser.locator("#meeting-save").click();
        assertThat(organiser.locator("h1")).hasText("Regionalworkshop Münster");
        assertThat(organiser.locator("#meeting-facts")).containsText("10:00–16:30");
        assertThat(organiser.locator("#meeting-facts")).containsText("Noch 1 Platz frei");
        // The address follows the page's content: waited for, not read at once.
        organiser.waitForURL(java.util.regex.Pattern.compile(".*/veranstaltungen/\\d+$"));
        String meetingPath = java.net.URI.create(organiser.url()).getPath();

        UserAccount first = fixtures.citizen();
        Page firstPage = browser.newPage(360, 800);
        logIn(firstPage, first.email(), Fixtures.PASSWORD);
        firstPage.navigate(base() + meetingPath);
        firstPage.locator("#meeting-needs textarea").fill("Gebärdensprachdolmetschung 🤟");
        firstPage.locator("#meeting-register").click();
        assertThat(firstPage.locator("#meeting-my-status")).hasText("Sie sind angemeldet.");
        BrowserSession.screenshot(firstPage, "meeting-registered-360-de");

        UserAccount second = fixtures.citizen();
        Page secondPage = browser.newPage(1280, 900);
        logIn(secondPage, second.email(), Fixtures.PASSWORD);
        secondPage.navigate(base() + meetingPath);
        assertThat(secondPage.locator("#meeting-registration")).containsText("ausgebucht");
        secondPage.locator("#meeting-register").click();
        assertThat(secondPage.locator("#meeting-my-status")).containsText("Platz 1 der Warteliste");
        mail.awaitMailTo(second.email(), message -> subject(message).startsWith("Warteliste"));

        firstPage.locator("#meeting-unregister").click();
        firstPage
                .locator("#confirm-dialog")
                .getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Abmelden"))
                .click();
        assertThat(firstPage.locator("#meeting-register")).isVisible();
        mail.awaitMailTo(second.email(), message -> subject(message).startsWith("Ein Platz ist frei geworden"));
        secondPage.reload();
        assertThat(secondPage.locator("#meeting-my-status")).hasText("Sie sind angemeldet.");

        // The organiser sees who comes and what they need; the first person's needs went with them.
        organiser.locator("#meeting-attendance").click();
        assertThat(organiser.locator("#attendance-table")).containsText(second.email());
        assertThat(organiser.locator("#attendance-table")).not().containsText(first.email());
        BrowserSession.screenshot(organiser, "meeting-attendance-1280-de");
    }

    @Test
    void theCardsOfAWorkshopAreTypedInOneAfterTheOtherAndImportedFromCsv() {
        long meetingId = startedWorkshop("Workshop Stuttgart");
        Page page = browser.newPage(1280, 900);
        logIn(page, coordinator.email(), Fixtures.PASSWORD);
        page.navigate(base() + Permalinks.meeting(meetingId));
        page.locator("#meeting-cards").click();
        page.locator("#intake-title input").waitFor();
        page.locator("#intake-title input").focus();
        page.keyboard().type("Offene Haushaltsdaten");
        page.keyboard().press("Tab");
        page.keyboard().type("Der Landeshaushalt als offener Datensatz, jedes Jahr.");
        page.keyboard().press("Tab");
        page.keyboard().type("17");
        page.keyboard().press("Control+Enter");
        assertThat(page.locator("#intake-announcement")).containsText("Offene Haushaltsdaten");
        // The form stays open for the next card, with the focus on its title.
        assertThat(page.locator("#intake-title input")).hasValue("");
        Assertions.assertThat(page.evaluate("document.activeElement.closest('#intake-title') !== null"))
                .isEqualTo(true);
        // The next card pasted, not typed.
        page.locator("#intake-title input").fill("Lobbyregister für das Land");
        page.locator("#intake-text textarea")
                .fill("Alle Kontakte von Ministerien mit Interessenvertretungen öffentlich.");
        page.locator("#intake-save").click();
        assertThat(page.locator("#intake-cards")).containsText("Lobbyregister für das Land");

        String wrong =
                "Themengruppe;Titel;Text;Punkte\nOffene Daten;Ein guter Titel;Ein Text mit genug Zeichen darin.;3\n"
                        + "Gibt es nicht;Ein guter Titel;Ein Text mit genug Zeichen darin.;3\n";
        upload(page, "karten.csv", wrong);
        assertThat(page.locator("#intake-import-result")).containsText("Zeile 3");
        assertThat(page.locator("#intake-import-result")).containsText("Gibt es nicht");
        assertThat(page.locator("#intake-cards tbody tr")).hasCount(2);
        String right =
                "Themengruppe;Titel;Text;Punkte\nOffene Daten;Schuldaten offen;Ein Text mit genug Zeichen darin.;3\n"
                        + "Transparenz;Sitzungen im Netz;Alle Sitzungen der Kreistage im Livestream.;\n";
        upload(page, "karten.csv", right);
        assertThat(page.locator("#intake-import-result")).containsText("2 Karten übernommen");
        assertThat(page.locator("#intake-cards tbody tr")).hasCount(4);
        BrowserSession.screenshot(page, "meeting-intake-1280-de");

        page.navigate(base() + Permalinks.meeting(meetingId));
        assertThat(page.locator("#meeting-input")).containsText("Schuldaten offen");
        page.locator("#meeting-input").getByText("Offene Haushaltsdaten").click();
        assertThat(page.locator("#proposal-source")).hasText("aus dem Workshop „Workshop Stuttgart“");
        assertThat(page.locator("#proposal-room-votes")).containsText("17 Punkte");
    }

    @Test
    void theRoomVotesOnTwoPhonesWhileTheProjectorFollows() {
        long meetingId = startedWorkshop("Forum im Saal");
        long proposal = fixtures.as(
                coordinator,
                () -> fixtures.proposal(consultation.themeGroups().getFirst(), coordinator, "Offene Vergabedaten"));
        Page control = browser.newPage(1280, 900);
        logIn(control, coordinator.email(), Fixtures.PASSWORD);
        control.navigate(base() + Permalinks.meeting(meetingId) + "/live");
        control.locator("#live-open-room").click();
        assertThat(control.locator("#live-current")).containsText("Raumcode");
        control.locator("#live-proposal-number input").fill(String.valueOf(proposal));
        control.locator("#live-put-up-number").click();
        assertThat(control.locator("#live-proposal")).hasText("Offene Vergabedaten");
        Page projector = control.context().newPage();
        projector.navigate(base() + Permalinks.meeting(meetingId) + "/leinwand");
        String code = projector.locator("#projector-code").textContent();
        assertThat(projector.locator("#projector-proposal")).hasText("Offene Vergabedaten");

        Page phone = browser.newPage(360, 740);
        phone.navigate(base() + "/raum");
        phone.locator("#room-code input").fill(code.toLowerCase());
        phone.keyboard().press("Enter");
        assertThat(phone.locator("#room-proposal-title")).hasText("Offene Vergabedaten");
        Page otherPhone = browser.newPage(360, 740);
        otherPhone.navigate(base() + "/raum/" + code.replace("-", ""));
        assertThat(otherPhone.locator("#room-proposal-title")).hasText("Offene Vergabedaten");

        phone.locator("#room-vote-for").click();
        assertThat(phone.locator("#room-status")).hasText("Ihre Stimme ist gezählt.");
        assertThat(projector.locator("#projector-result")).containsText("1 dafür, 0 dagegen");
        // The second phone votes with the keyboard; the first sees that vote arrive without reloading.
        otherPhone.locator("#room-vote-against").focus();
        otherPhone.keyboard().press("Enter");
        assertThat(phone.locator(".kk-room-result")).containsText("1 dafür, 1 dagegen");
        assertThat(projector.locator("#projector-result")).containsText("1 dafür, 1 dagegen");
        BrowserSession.screenshot(phone, "room-phone-360-de");
        BrowserSession.screenshot(projector, "room-projector-1280-de");

        // Reloading does not give the phone a second vote.
        phone.reload();
        assertThat(phone.locator("#room-status")).hasText("Ihre Stimme ist gezählt.");
        assertThat(phone.locator(".kk-room-result")).containsText("1 dafür, 1 dagegen");
        Assertions.assertThat(phone.locator("#room-vote-for").count()).isZero();

        control.locator("#live-toggle-vote").click();
        assertThat(otherPhone.locator("#room-status")).hasText("Die Abstimmung zu diesem Vorschlag ist geschlossen.");
        assertThat(projector.locator("#projector-status"))
                .hasText("Die Abstimmung zu diesem Vorschlag ist geschlossen.");

        Page stranger = browser.newPage(360, 740);
        stranger.navigate(base() + "/raum/ZZZZZZ");
        assertThat(stranger.locator("#room-refused")).containsText("Diesen Raumcode gibt es nicht");
    }

    private long startedWorkshop(String title) {
        Instant start = Instant.now().minus(Duration.ofHours(1));
        return fixtures.as(
                coordinator,
                () -> meetings.create(
                        consultation.consultation().id(),
                        new MeetingPlan(
                                MeetingKind.WORKSHOP,
                                title,
                                start,
                                start.plus(Duration.ofHours(4)),
                                "Rathaus, Marktplatz 1",
                                "",
                                "",
                                "",
                                60,
                                Set.of())));
    }

    private static void upload(Page page, String name, String content) {
        page.locator("#intake-upload input[type=file]")
                .setInputFiles(new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
    }

    /** Types a time as people do and leaves the field, which confirms it. */
    private static void fillTime(Page page, String pickerSelector, String time) {
        Locator input = page.locator(pickerSelector + " input");
        input.click();
        input.fill(time);
        page.keyboard().press("Enter");
        page.keyboard().press("Escape");
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
