package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.shared.Permalinks;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * While a citizen writes a new proposal, a proposal that asks the same in other words appears
 * below the text, is announced by a polite status, is reached with Tab, and never keeps the
 * citizen from submitting; typed and pasted text both count; the hints fit a phone.
 */
@IntegrationTest
@Tag("browser")
class SimilarProposalsBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Test
    void aSimilarProposalAppearsWhileWritingAndSubmittingStillWorks() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount earlier = fixtures.citizen();
        for (String[] proposal : new String[][] {
            {
                "Fahrpläne als offene Daten",
                "Die Verkehrsbetriebe sollen Fahrpläne und Verspätungen in Echtzeit veröffentlichen."
            },
            {"Umweltdaten öffnen", "Messdaten zu Luft, Lärm und Wasser als offene Daten bereitstellen."},
            {"Haushaltsdaten öffnen", "Alle Daten des Haushalts maschinenlesbar öffnen, jedes Jahr."}
        }) {
            fixtures.as(earlier, () -> proposals.submit(group.id(), new ProposalDraft(proposal[0], proposal[1])));
        }
        UserAccount citizen = fixtures.citizen();

        Page page = browser.newPage(1280, 900);
        logIn(page, citizen.email(), Fixtures.PASSWORD);
        page.navigate(base() + Permalinks.newProposal(group.consultationSlug(), group.slug()));
        page.locator("#proposal-title input").waitFor();
        assertThat(page.locator("#similar-proposals a")).hasCount(0);

        // Typed title, pasted text.
        page.locator("#proposal-title input").click();
        page.keyboard().type("Fahrpläne in Echtzeit");
        page.locator("#proposal-body textarea")
                .fill("Bus und Bahn sollen Fahrpläne und Verspätungen in Echtzeit zeigen.");
        assertThat(page.locator("#similar-proposals a")).hasText("Fahrpläne als offene Daten");
        assertThat(page.locator("#similar-proposals-status"))
                .hasText("Ein ähnlicher Vorschlag steht unter dem Textfeld.");
        assertThat(page.locator("#similar-proposals")).containsText("keine Unterstützung");
        assertThat(page.locator("#similar-proposals")).containsText("Noch offen");
        assertThat(page.locator("#similar-proposals a")).hasCount(1);
        BrowserSession.screenshot(page, "similar-proposals-de");
        AxeResults axe = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        assertThat(axe.getViolations()).extracting(Rule::getId).isEmpty();

        tabTo(page, "document.activeElement && document.activeElement.textContent === 'Fahrpläne als offene Daten'");
        tabTo(page, "document.activeElement.id === 'proposal-submit'");

        // At phone width, in English.
        Page phone = browser.newPage(360, 800);
        phone.context().addCookies(List.of(new Cookie("kokreation-lang", "en").setUrl(base())));
        logIn(phone, citizen.email(), Fixtures.PASSWORD);
        phone.navigate(base() + Permalinks.newProposal(group.consultationSlug(), group.slug()));
        phone.locator("#proposal-title input").fill("Fahrpläne in Echtzeit");
        phone.locator("#proposal-body textarea")
                .fill("Bus und Bahn sollen Fahrpläne und Verspätungen in Echtzeit zeigen.");
        assertThat(phone.locator("#similar-proposals a")).hasText("Fahrpläne als offene Daten");
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at phone width")
                .isTrue();
        assertThat(phone.locator("#similar-proposals h2")).hasText("Similar proposals");
        assertThat(phone.locator("#similar-proposals")).containsText("no support");
        BrowserSession.screenshot(phone, "similar-proposals-phone-en");
        phone.close();

        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Fahrpläne in Echtzeit");
    }
}
