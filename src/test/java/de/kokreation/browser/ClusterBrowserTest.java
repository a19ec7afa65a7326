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
 * creates a draft from it with all three linked, confirms the cycling cluster too, moves a
 * proposal there, takes that cluster back in by merging (the draft gets all five linked), answers
 * all five after a confirmation and opens the draft; the page passes axe and fits a phone.
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

        // The cycling cluster too; one lobby proposal moved there, then the rest taken back in.
        page.locator("#cluster-compute").click();
        page.locator("#cluster-done").waitFor();
        Locator cyclingComputed = page.locator("#cluster-computed-0");
        assertThat(cyclingComputed.locator("h3")).containsText("Radweg");
        cyclingComputed.locator("vaadin-text-field input").fill("Sichere Radwege");
        cyclingComputed.locator(".kk-cluster-confirm").click();
        assertThat(confirmed).hasCount(2);
        Locator lobby = cardNamed(page, "Lobbyregister für das Land");
        Locator cycling = cardNamed(page, "Sichere Radwege");
        lobby.locator(".kk-cluster-members vaadin-checkbox input").first().check();
        choose(page, lobby.locator("vaadin-select[id^=cluster-move-target]"), "Sichere Radwege");
        lobby.locator("vaadin-button[id^=cluster-move-]").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("nach „Sichere Radwege“ verschoben");
        assertThat(cardNamed(page, "Lobbyregister für das Land").locator(".kk-cluster-members li"))
                .hasCount(2);
        assertThat(cycling.locator(".kk-cluster-members li")).hasCount(3);

        lobby = cardNamed(page, "Lobbyregister für das Land");
        choose(page, lobby.locator("vaadin-select[id^=cluster-merge-target]"), "Sichere Radwege");
        lobby.locator("vaadin-button[id^=cluster-merge-]").click();
        assertThat(confirmed).hasCount(1);
        assertThat(confirmed.locator(".kk-cluster-members li")).hasCount(5);
        // The draft made from the cluster got every newcomer linked.
        assertThat(fixtures.as(lead, () -> links.linkedProposals(draftId))).hasSize(5);

        // One answer for all five, asked first.
        confirmed
                .locator("vaadin-text-area[id^=cluster-answer-reason] textarea")
                .fill("Wird im Entwurf zum Lobbyregister aufgegriffen.");
        confirmed.locator("vaadin-button[id^=cluster-answer-]").click();
        assertThat(page.locator("vaadin-confirm-dialog-overlay, #confirm-dialog")
                        .first())
                .containsText("Alle 5 Vorschläge");
        page.locator("[slot=confirm-button]:visible").first().click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("5 Vorschläge sind beantwortet");
        assertThat(page.locator("#cluster-confirmed .kk-meta").first()).containsText("5 beantwortet");

        page.setViewportSize(360, 800);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at phone width")
                .isTrue();
        BrowserSession.screenshot(page, "clusters-confirmed-phone-de");
        page.setViewportSize(1280, 900);

        confirmed
                .locator("a", new Locator.LocatorOptions().setHasText("Zum Entwurf"))
                .click();
        assertThat(page.locator("h1")).containsText("Lobbyregister für das Land");
    }

    private static Locator cardNamed(Page page, String name) {
        return page.locator("#cluster-confirmed .kk-cluster")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("h3", new Page.LocatorOptions().setHasText(name))));
    }

    /** Opens a select and picks the item: only the open select's items are visible. */
    private static void choose(Page page, Locator select, String item) {
        select.click();
        page.locator("vaadin-select-item:visible")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
    }
}
