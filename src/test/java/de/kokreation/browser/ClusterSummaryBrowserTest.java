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
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.sensemaking.ClusterService;
import de.kokreation.sensemaking.LanguageModels;
import de.kokreation.shared.Permalinks;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * With a language model configured, a lead asks for the summary of a confirmed cluster with the
 * keyboard; the page updates itself when it is made, marks it as machine-made, links its
 * sentence to the proposal it rests on and says how many sentences were removed; axe, phone.
 */
@IntegrationTest
@Tag("browser")
class ClusterSummaryBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    ClusterService clusters;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void turnTheModelOff() {
        LanguageModels.off(context);
    }

    @Test
    void aLeadGetsAMachineMadeSummaryWithItsSources() {
        LanguageModels.useFake(context, "test-modell", "");
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        List<Long> ids = List.of(
                fixtures.as(
                        author,
                        () -> proposals.submit(
                                group.id(),
                                new ProposalDraft(
                                        "Lobbyregister für den Landtag",
                                        "Alle Treffen von Lobbyisten mit Abgeordneten eintragen."))),
                fixtures.as(
                        author,
                        () -> proposals.submit(
                                group.id(),
                                new ProposalDraft(
                                        "Lobbyregister einführen",
                                        "Ein öffentliches Register für Lobbyisten im Landtag."))));
        UserAccount lead = fixtures.leadOf(group, "Leitung Zusammenfassung im Browser");
        long clusterId = fixtures.as(lead, () -> clusters.confirm(group.id(), ids, "Lobbyregister"));

        Page page = browser.newPage(1280, 900);
        logIn(page, lead.email(), Fixtures.PASSWORD);
        page.navigate(base() + Permalinks.clusters(group.id()));
        Locator summary = page.locator("#cluster-summary-" + clusterId);
        assertThat(summary.locator("h4")).hasText("Zusammenfassung (maschinell erstellt)");
        summary.locator("#cluster-summarize-" + clusterId).focus();
        page.keyboard().press("Enter");

        Locator sentences = summary.locator(".kk-summary-sentences li");
        assertThat(sentences).hasCount(1);
        assertThat(sentences.first()).containsText("Die Vorschläge fordern: Lobbyregister");
        assertThat(summary).containsText("Von einem Sprachmodell (test-modell) erstellt, nicht von Menschen geprüft");
        assertThat(summary).containsText("2 Sätze ohne Beleg wurden entfernt");
        String source = sentences.first().locator("a.kk-summary-source").getAttribute("href");
        assertThat(ids.stream().map(Permalinks::proposal)).contains(source);
        BrowserSession.screenshot(page, "cluster-summary-de");
        AxeResults axe = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        assertThat(axe.getViolations()).extracting(Rule::getId).isEmpty();

        page.setViewportSize(360, 800);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling at phone width")
                .isTrue();
        BrowserSession.screenshot(page, "cluster-summary-phone-de");
    }
}
