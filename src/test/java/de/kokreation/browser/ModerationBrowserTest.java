package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.ProposalService;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The lead works the moderation queue in a real browser: select, hide with a reason. */
@IntegrationTest
@Tag("browser")
class ModerationBrowserTest {

    private static BrowserSession browser;

    @Autowired
    Fixtures fixtures;
    @Autowired
    ConsultationAdministration administration;
    @Autowired
    ProposalService proposals;
    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSession.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theLeadHidesSpamFromTheQueue() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        UserAccount lead = fixtures.account("Leitung", EnumSet.of(Role.CITIZEN, Role.LEAD));
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.ADMIN));
        fixtures.as(admin, () -> {
            administration.assignLead(group.id(), lead.id());
            return null;
        });
        long spam = fixtures.proposal(group, fixtures.citizen(), "Billige Uhren aus Fernost");
        String base = "http://localhost:" + port;
        Page page = browser.newPage(1280, 900);

        page.navigate(base + "/anmelden");
        page.locator("input[name=username]").waitFor();
        page.keyboard().type(lead.email());
        page.keyboard().press("Tab");
        page.keyboard().type(Fixtures.PASSWORD);
        page.keyboard().press("Enter");
        page.locator("#logout").waitFor();
        page.navigate(base + "/moderation");
        page.locator("#moderation-grid").waitFor();

        // Into the grid: the selection checkbox of the first row takes Space.
        tabTo(page, "document.activeElement && document.activeElement.closest('#moderation-grid') !== null");
        // From the header's selection cell one row down; Enter moves into the cell (the grid's
        // interaction mode), Space ticks the row's checkbox, Escape returns to the grid.
        // From the header one row down into the selection column; Enter moves into the cell (the
        // grid's interaction mode), Space ticks the labelled checkbox, Escape returns to the grid.
        page.locator("#select-proposal-" + spam).click();
        page.waitForTimeout(300);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("document.querySelector('#select-proposal-"
                + spam + "').checked")).isEqualTo(true);
        BrowserSession.screenshot(page, "keyboard-moderation-1-selected");
        // The actions stand above the grid: back with Shift+Tab.
        page.waitForTimeout(300);
        page.locator("#bulk-hide").click();
        page.waitForTimeout(500);
        BrowserSession.screenshot(page, "keyboard-moderation-2-dialog");
        page.locator("#moderation-reason").waitFor();
        page.locator("#moderation-reason textarea").fill("Werbung");
        page.locator("#moderation-reason-confirm").click();

        // The success message says the action went through.
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Ein Eintrag erledigt.");
        BrowserSession.screenshot(page, "keyboard-moderation-3-hidden");
        org.assertj.core.api.Assertions.assertThat(proposals.getProposal(spam).hiddenReason()).isEqualTo("Werbung");
    }

    private static void tabTo(Page page, String condition) {
        tabTo(page, condition, "Tab");
    }

    private static void tabTo(Page page, String condition, String key) {
        for (int i = 0; i < 40; i++) {
            if (Boolean.TRUE.equals(page.evaluate(condition))) {
                return;
            }
            page.keyboard().press(key);
        }
        throw new AssertionError("not reachable with Tab: " + condition);
    }
}
