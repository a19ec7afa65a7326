package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An admin follows the header's link to the search index, starts a rebuild with the keyboard and
 * sees it finish, without reloading the page.
 */
@IntegrationTest
@Tag("browser")
class SearchIndexBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminRebuildsTheSearchIndexAndSeesItFinish() {
        UserAccount admin = fixtures.account("Admin Suchindex", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        Page page = browser.newPage(1280, 900);
        logIn(page, admin.email(), Fixtures.PASSWORD);

        page.locator("#search-index-link").click();
        assertThat(page.locator("h1")).hasText("Suchindex");
        page.locator("#search-index-start").focus();
        page.keyboard().press("Enter");

        assertThat(page.locator("#search-index-finished")).containsText("Zuletzt neu aufgebaut am");
        assertThat(page.locator("#search-index-start")).isEnabled();
        assertThat(page.locator("#search-index-cancel")).isHidden();
        BrowserSession.screenshot(page, "search-index-de");

        // A rebuild running on another node (its heartbeat fresh): any admin may cancel it.
        jdbc.update(
                "insert into search_rebuild (running, node, started_at, heartbeat_at, total, done)"
                        + " values (1, 'other-node', ?, ?, 1000, 250)",
                Timestamp.from(Instant.now()),
                Timestamp.from(Instant.now()));
        try {
            page.reload();
            assertThat(page.locator("#search-index-progress")).isVisible();
            assertThat(page.locator("#search-index-start")).isDisabled();
            page.locator("#search-index-cancel").focus();
            page.keyboard().press("Enter");
            assertThat(page.locator("#search-index-cancelled")).containsText("nach 250 von 1.000 Texten abgebrochen");
            assertThat(page.locator("#search-index-start")).isEnabled();
            assertThat(page.locator("#search-index-cancel")).isHidden();
        } finally {
            jdbc.update("update search_rebuild set running = null, finished_at = heartbeat_at where running = 1");
        }
    }
}
