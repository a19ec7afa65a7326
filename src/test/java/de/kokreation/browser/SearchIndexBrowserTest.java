package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import java.util.EnumSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin follows the header's link to the search index, starts a rebuild with the keyboard and
 * sees it finish, without reloading the page.
 */
@IntegrationTest
@Tag("browser")
class SearchIndexBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

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
        BrowserSession.screenshot(page, "search-index-de");
    }
}
