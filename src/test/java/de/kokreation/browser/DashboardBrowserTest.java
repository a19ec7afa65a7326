package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.VoteService;
import de.kokreation.proposal.seed.ProposalSeeds;
import de.kokreation.voting.VoteDirection;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator opens the dashboard of a consultation that has run for two months: key figures,
 * weekly charts and per-group charts as SVG images with their names, the tables of the figures,
 * the most supported proposals; the page passes axe and does not scroll sideways on a phone. The
 * consultation's public page shows the participation so far, small figures as "fewer than 10".
 */
@IntegrationTest
@Tag("browser")
class DashboardBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    DataSource dataSource;

    @Autowired
    VoteService votes;

    @Test
    void theCoordinatorSeesHowTheConsultationIsGoing() throws SQLException {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        String slug = consultation.consultation().slug();
        UserAccount coordinator =
                fixtures.account("Koordination Dashboard", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        fixtures.as(admin, () -> {
            administration.assignCoordinator(consultation.consultation().id(), coordinator.id());
            return null;
        });
        List<ThemeGroupSummary> groups = consultation.themeGroups();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long first = 0;
        try (Connection connection = dataSource.getConnection();
                ProposalSeeds seeds = new ProposalSeeds(connection, 100)) {
            for (int i = 0; i < 120; i++) {
                // two months of proposals by twelve people, more at the start
                OffsetDateTime at = now.minusDays(60 - (i * i) / 240);
                long id = seeds.insert(new ProposalSeeds.Proposal(
                        groups.get(i % groups.size()).id(),
                        fixtures.citizen().id(),
                        "Vorschlag Nummer " + i + " über Größe & Maß",
                        "Ein Vorschlag mit genug Text für die Liste.",
                        "<p>Ein Vorschlag mit genug Text für die Liste.</p>",
                        at,
                        at,
                        i,
                        i % 3,
                        0,
                        null,
                        null,
                        null));
                if (i == 0) {
                    first = id;
                }
            }
        }
        long voted = first;
        fixtures.as(fixtures.citizen(), () -> votes.cast(voted, VoteDirection.FOR));

        Page page = browser.newPage(1280, 900);
        logIn(page, coordinator.email(), Fixtures.PASSWORD);
        openUntilCounted(page, base() + "/konsultationen/" + slug);
        assertThat(page.locator("#consultation-participation-proposals")).containsText("120");
        assertThat(page.locator("#consultation-participation-participants")).containsText("121");
        page.locator("#consultation-dashboard").click();

        assertThat(page.locator("h1"))
                .hasText("Auswertung: " + consultation.consultation().title());
        assertThat(page.locator("#dashboard-figure-proposals")).containsText("120");
        assertThat(page.locator("#dashboard-figure-participants")).containsText("121");
        Locator charts = page.locator("svg[role=img]");
        assertThat(charts).hasCount(6);
        for (int i = 0; i < 6; i++) {
            String labelledBy = charts.nth(i).getAttribute("aria-labelledby");
            Assertions.assertThat(labelledBy).matches("[\\w-]+-title [\\w-]+-desc");
            Assertions.assertThat(charts.nth(i).locator("title").textContent()).isNotBlank();
        }
        assertThat(page.locator("#dashboard-chart-proposals title")).hasText("Vorschläge je Woche");
        assertThat(page.locator("#dashboard-time-table caption")).hasText("Beteiligung je Woche");
        Assertions.assertThat(page.locator("#dashboard-time-table tbody tr").count())
                .isBetween(9, 11);
        assertThat(page.locator("#dashboard-group-table tbody tr")).hasCount(groups.size());
        assertThat(page.locator("#dashboard-most-supported li").first()).containsText("Vorschlag Nummer 119");
        BrowserSession.screenshot(page, "dashboard-de");

        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        Assertions.assertThat(results.getViolations())
                .as("axe violations")
                .extracting(rule -> rule.getId() + " " + rule.getNodes())
                .isEmpty();

        page.setViewportSize(360, 800);
        page.waitForTimeout(200);
        Assertions.assertThat(sidewaysOverflow(page)).isLessThanOrEqualTo(0);
        BrowserSession.screenshot(page, "dashboard-de-phone");

        page.setViewportSize(1280, 900);
        page.navigate(base() + "/konsultationen/" + slug + "/auswertung?lang=en");
        assertThat(page.locator("h1"))
                .hasText("Dashboard: " + consultation.consultation().title());
        assertThat(page.locator("#dashboard-chart-votes title")).hasText("Votes per week");
        BrowserSession.screenshot(page, "dashboard-en");
    }

    /** The public figures are counted in the background: the first visit says so, a later one shows them. */
    private static void openUntilCounted(Page page, String url) {
        for (int i = 0; i < 50; i++) {
            page.navigate(url);
            // the page is rendered in the browser after its first HTML: wait for the section itself
            page.locator("#consultation-participation").waitFor();
            if (page.locator("#consultation-participation-counting").count() == 0) {
                return;
            }
            page.waitForTimeout(200);
        }
    }

    @Test
    void aCitizenIsRefusedAndThePublicPageShowsSmallFiguresAsFewerThanTen() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        String slug = consultation.consultation().slug();
        fixtures.proposal(consultation.themeGroups().getFirst(), fixtures.citizen(), "Ein einzelner Vorschlag");
        UserAccount citizen = fixtures.citizen();
        Page page = browser.newPage(1280, 900);
        logIn(page, citizen.email(), Fixtures.PASSWORD);

        openUntilCounted(page, base() + "/konsultationen/" + slug);
        assertThat(page.locator("#consultation-participation-participants")).containsText("weniger als 10");
        assertThat(page.locator("#consultation-participation-proposals")).containsText("weniger als 10");
        assertThat(page.locator("#consultation-dashboard")).hasCount(0);

        page.navigate(base() + "/konsultationen/" + slug + "/auswertung");
        assertThat(page.locator("h1")).not().containsText("Auswertung");
        assertThat(page.locator("body"))
                .containsText("Die Auswertung sehen nur die Koordination der Konsultation und die Leitungen");
    }
}
