package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.DraftLinking;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.shared.Permalinks;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lead goes from the condensing page to the clusters, computes them (progress, then the
 * result), renames and confirms the cluster of three proposals on the register of lobbyists,
 * creates a draft from it with all three linked and opens it; the page passes axe and fits a
 * phone.
 */
@IntegrationTest
@Tag("browser")
class ClusterBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    DraftLinking links;

    @Test
    void aLeadTurnsAClusterIntoADraft() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        String[][] texts = {
            {"Lobbyregister für den Landtag", "Alle Treffen von Lobbyisten mit Abgeordneten öffentlich eintragen."},
            {"Lobbyregister einführen", "Ein öffentliches Register für Lobbyisten und ihre Treffen im Landtag."},
            {"Register der Lobbyisten", "Wer trifft Abgeordnete? Ein Lobbyregister mit allen Treffen."},
            {"Radwege ausbauen", "Mehr sichere Radwege an den Hauptstraßen der Stadt."},
            {"Sichere Radwege", "Geschützte Radwege an allen Hauptstraßen, getrennt vom Autoverkehr."},
            {"Haushaltsdaten offenlegen", "Der Haushalt der Stadt als offene Daten, jedes Jahr."}
        };
        for (String[] text : texts) {
            fixtures.as(author, () -> proposals.submit(group.id(), new ProposalDraft(text[0], text[1])));
        }
        UserAccount lead = fixtures.leadOf(group, "Leitung Gruppen im Browser");

        Page page = browser.newPage(1280, 900);
        logIn(page, lead.email(), Fixtures.PASSWORD);
        page.navigate(base() + Permalinks.condensing(group.id()));
        page.locator("#condensing-to-clusters").waitFor();
        tabTo(page, "document.activeElement && document.activeElement.id === 'condensing-to-clusters'");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).containsText("Ähnliche Vorschläge gruppieren");
        assertThat(page.locator("#cluster-status")).containsText("Noch nicht berechnet");

        page.locator("#cluster-compute").click();
        page.locator("#cluster-done").waitFor();
        Locator first = page.locator("#cluster-computed-0");
        assertThat(first.locator("h3")).containsText("Lobby");
        assertThat(first.locator(".kk-cluster-members li")).hasCount(3);
        BrowserSession.screenshot(page, "clusters-computed-de");
        AxeResults axe = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        assertThat(axe.getViolations()).extracting(Rule::getId).isEmpty();

        first.locator("vaadin-text-field input").fill("Lobbyregister für das Land");
        first.locator(".kk-cluster-confirm").click();
        Locator confirmed = page.locator("#cluster-confirmed .kk-cluster");
        assertThat(confirmed.locator("h3").first()).hasText("Lobbyregister für das Land");
        confirmed.locator("vaadin-button[id^=cluster-create-draft]").click();
        Locator toDraft = confirmed.locator("a", new Locator.LocatorOptions().setHasText("Zum Entwurf"));
        toDraft.waitFor();
        String href = toDraft.getAttribute("href");
        long draftId = Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
        assertThat(fixtures.as(lead, () -> links.linkedProposals(draftId))).hasSize(3);

        page.setViewportSize(360, 800);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at phone width")
                .isTrue();
        BrowserSession.screenshot(page, "clusters-confirmed-phone-de");
        page.setViewportSize(1280, 900);

        toDraft.click();
        assertThat(page.locator("h1")).containsText("Lobbyregister für das Land");
    }
}
