package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.Permalinks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Text arrives in one go when people paste, autofill or dictate: a single input event, and often a
 * click on the submit button a moment later. What is in the box is what is submitted, whether the
 * button is clicked at once or reached with the keyboard.
 */
@IntegrationTest
@Tag("browser")
class PastedTextBrowserTest extends BrowserTest {

    private static final String PASTED_BODY = "Erste Zeile des eingefügten Textes über Geodaten.\n\n"
            + "- ein Punkt mit Umlauten: äöüß\n- noch ein Punkt";

    @Autowired
    Fixtures fixtures;

    @Test
    void pastedProposalCommentAndReplyAreTakenWhenSubmittedAtOnce() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount citizen = fixtures.citizen();
        Page page = browser.newPage(1280, 900);
        logIn(page, citizen.email(), Fixtures.PASSWORD);

        page.navigate(base() + Permalinks.newProposal(group.consultationSlug(), group.slug()));
        paste(page, page.locator("#proposal-title input"), "Eingefügter Titel");
        paste(page, page.locator("#proposal-body textarea"), PASTED_BODY);
        page.locator("#proposal-submit").click();
        assertThat(page.locator("h1")).hasText("Eingefügter Titel");
        assertThat(page.locator("main")).containsText("ein Punkt mit Umlauten: äöüß");

        Locator comment = page.getByLabel("Ihr Kommentar");
        paste(page, comment, "Eingefügter Kommentar");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kommentar veröffentlichen"))
                .click();
        assertThat(page.locator(".kk-comment-body").first()).hasText("Eingefügter Kommentar");

        page.locator("[id^=reply-]").first().click();
        // the reply form opens inside the comment it answers
        Locator replyForm = page.locator(".kk-comment .kk-comment-form").first();
        replyForm.locator("textarea").waitFor();
        paste(page, replyForm.locator("textarea"), "Eingefügte Antwort");
        replyForm.locator("vaadin-button[theme~=primary]").click();
        assertThat(page.locator(".kk-comment-body")
                        .filter(new Locator.FilterOptions().setHasText("Eingefügte Antwort")))
                .hasCount(1);
        // shown under the comment it answers, counted, and the reply form closed
        assertThat(page.locator(".kk-thread-depth-2 .kk-comment-body")).hasText("Eingefügte Antwort");
        assertThat(page.locator("#comments-heading")).hasText("2 Kommentare");
        assertThat(page.locator(".kk-comment .kk-comment-form")).hasCount(0);
        // and the same after reading the thread anew
        page.reload();
        assertThat(page.locator(".kk-thread-depth-2 .kk-comment-body")).hasText("Eingefügte Antwort");
    }

    @Test
    void pastedTextIsTakenWhenTheFormIsSentWithTheKeyboard() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount citizen = fixtures.citizen();
        Page page = browser.newPage(1280, 900);
        logIn(page, citizen.email(), Fixtures.PASSWORD);

        page.navigate(base() + Permalinks.newProposal(group.consultationSlug(), group.slug()));
        paste(page, page.locator("#proposal-title input"), "Per Tastatur gesendet");
        paste(page, page.locator("#proposal-body textarea"), PASTED_BODY);
        tabTo(page, "document.activeElement.id === 'proposal-submit'");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Per Tastatur gesendet");
    }

    @Test
    void aPastedNameIsSavedInTheProfile() {
        UserAccount citizen = fixtures.citizen();
        Page page = browser.newPage(1280, 900);
        logIn(page, citizen.email(), Fixtures.PASSWORD);
        page.navigate(base() + "/profil");
        page.locator("#profile-name input").fill("");
        paste(page, page.locator("#profile-name input"), "Eingefügte Zoë");
        page.locator("#profile-name-save").click();
        page.reload();
        assertThat(page.locator("#profile-name input")).hasValue("Eingefügte Zoë");
    }

    @Test
    void aPastedReasonIsPublishedWithTheResponse() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Vorschlag, der eine Antwort bekommt");
        UserAccount lead = fixtures.leadOf(group, "Leitung Einfügen");
        Page page = browser.newPage(1280, 900);
        logIn(page, lead.email(), Fixtures.PASSWORD);
        page.navigate(base() + Permalinks.proposal(proposal));
        page.locator("#response-form-outcome").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Nicht übernommen"))
                .click();
        paste(page, page.locator("#response-form-reason textarea"), "Eingefügte Begründung: äöü");
        page.locator("#response-form-submit").click();
        page.locator("[slot=confirm-button]:visible").first().click();
        assertThat(page.locator("#response-reason")).containsText("Eingefügte Begründung: äöü");
    }

    /** As a paste does it: the whole text in one input event, no key events. */
    private static void paste(Page page, Locator field, String text) {
        field.focus();
        page.keyboard().insertText(text);
    }
}
