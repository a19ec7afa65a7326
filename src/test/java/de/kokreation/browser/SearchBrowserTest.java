package de.kokreation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person searches from the header of any page with the keyboard alone, and finds proposals by
 * another form of a word (stemming) and by a part of a compound; the found words are marked; the
 * page works at phone width.
 */
@IntegrationTest
@Tag("browser")
class SearchBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Test
    void searchingFromTheHeaderFindsOtherFormsAndCompoundsWithTheKeyboard() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        fixtures.as(
                author,
                () -> proposals.submit(
                        group.id(),
                        new ProposalDraft(
                                "Gutachten der Landesregierung veröffentlichen",
                                "Jedes Gutachten, das mit Steuergeld bezahlt wird, gehört ins Netz.")));
        fixtures.as(
                author,
                () -> proposals.submit(
                        group.id(),
                        new ProposalDraft(
                                "Informationsfreiheitsgesetz für Kommunen",
                                "Auskunft ohne Gebühren, binnen eines Monats.")));

        Page page = browser.newPage(1280, 900);
        page.navigate(base() + "/");
        page.locator("#site-search input").waitFor();
        tabTo(page, "document.activeElement && document.activeElement.closest('#site-search') !== null");
        // Two words: one of them alone is in hundreds of the suite's proposals, and a search
        // ranks the 300 most supported matches of a kind (this one has no votes yet).
        page.keyboard().type("Veröffentlichung Landesregierung");
        page.keyboard().press("Enter");
        page.waitForURL("**/suche?q=Ver*");
        page.locator("#search-count").waitFor();
        assertThat(page.locator(".kk-search-results article h3 a").allInnerTexts())
                .contains("Gutachten der Landesregierung veröffentlichen");
        assertThat(page.locator(".kk-search-results mark").allInnerTexts()).contains("veröffentlichen");
        BrowserSession.screenshot(page, "search-stemming-de");

        page.locator("#search-text input").fill("Informationsfreiheit");
        page.locator("#search-text input").press("Enter");
        page.waitForURL("**/suche?q=Informationsfreiheit*");
        page.locator(".kk-search-results article h3 a >> text=Informationsfreiheitsgesetz für Kommunen")
                .waitFor();

        Page phone = browser.newPage(360, 800);
        phone.navigate(base() + "/suche?q=Gutachten");
        phone.locator("#search-count").waitFor();
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at phone width")
                .isTrue();
        BrowserSession.screenshot(phone, "search-phone-de");
    }
}
