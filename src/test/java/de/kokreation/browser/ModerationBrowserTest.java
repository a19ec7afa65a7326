package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.ProposalService;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lead works the moderation queue in a real browser: select, hide with a reason. */
@IntegrationTest
@Tag("browser")
class ModerationBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Test
    void theLeadHidesSpamFromTheQueue() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        UserAccount lead = fixtures.leadOf(group, "Leitung");
        long spam = fixtures.proposal(group, fixtures.citizen(), "Billige Uhren aus Fernost");
        Page page = browser.newPage(1280, 900);

        logIn(page, lead.email(), Fixtures.PASSWORD);
        page.navigate(base() + "/moderation");
        page.locator("#select-proposal-" + spam).click();
        BrowserSession.screenshot(page, "moderation-1-selected");
        page.locator("#bulk-hide").click();
        page.locator("#moderation-reason textarea").fill("Werbung");
        BrowserSession.screenshot(page, "moderation-2-dialog");
        page.locator("#moderation-reason-confirm").click();

        // The success message says the action went through.
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Ein Eintrag erledigt.");
        BrowserSession.screenshot(page, "moderation-3-hidden");
        Assertions.assertThat(proposals.getProposal(spam).hiddenReason()).isEqualTo("Werbung");
    }

    /** Every step with Tab, Space and Enter: tick an entry, open the action, give the reason, confirm. */
    @Test
    void theLeadWorksTheQueueWithTheKeyboardAlone() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        UserAccount lead = fixtures.leadOf(group, "Leitung");
        long spam = fixtures.proposal(group, fixtures.citizen(), "Gewinnspiel mit tollen Preisen");
        Page page = browser.newPage(1280, 900);
        logIn(page, lead.email(), Fixtures.PASSWORD);
        page.navigate(base() + "/moderation");
        page.locator("#moderation-table").waitFor();

        String checkbox = "select-proposal-" + spam;
        tabTo(page, "document.activeElement && document.activeElement.closest('#" + checkbox + "') !== null");
        page.keyboard().press("Space");
        assertThat(page.locator("#" + checkbox)).hasAttribute("checked", "");
        BrowserSession.screenshot(page, "moderation-keyboard-1-ticked");

        shiftTabTo(page, "document.activeElement && document.activeElement.id === 'bulk-hide'");
        page.keyboard().press("Enter");
        page.locator("#moderation-reason textarea").waitFor();
        page.keyboard().type("Gewinnspiel-Werbung");
        tabTo(page, "document.activeElement && document.activeElement.id === 'moderation-reason-confirm'");
        BrowserSession.screenshot(page, "moderation-keyboard-2-confirm-focused");
        page.keyboard().press("Enter");

        assertThat(page.locator("vaadin-notification-card").last()).containsText("Ein Eintrag erledigt.");
        Assertions.assertThat(proposals.getProposal(spam).hiddenReason()).isEqualTo("Gewinnspiel-Werbung");
    }

    private static void shiftTabTo(Page page, String condition) {
        for (int i = 0; i < 60; i++) {
            if (Boolean.TRUE.equals(page.evaluate(condition))) {
                return;
            }
            page.keyboard().press("Shift+Tab");
        }
        throw new AssertionError("not reachable with Shift+Tab: " + condition);
    }
}
