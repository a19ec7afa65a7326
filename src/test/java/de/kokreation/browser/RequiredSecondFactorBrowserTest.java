package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.AuthenticatorApp;
import de.kokreation.account.Role;
import de.kokreation.account.SecondFactors;
import de.kokreation.account.UserAccount;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Where the operator requires a second factor for admins (as packaged), an admin without one who
 * logs in with the password finds every page leading to its setup, sets it up, and then works.
 * The shared test context requires it of nobody; this test requires it of admins while it runs.
 */
@IntegrationTest
@Tag("browser")
class RequiredSecondFactorBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SecondFactors secondFactors;

    @BeforeEach
    void requireItOfAdmins() {
        requiredRoles().add(Role.ADMIN);
    }

    @AfterEach
    void requireItOfNobody() {
        requiredRoles().clear();
    }

    /** The setting as the service holds it (a set of its own, read at every login). */
    @SuppressWarnings("unchecked")
    private Set<Role> requiredRoles() {
        return (Set<Role>)
                ReflectionTestUtils.getField((Object) AopTestUtils.getTargetObject(secondFactors), "requiredFor");
    }

    @Test
    void anAdminWithoutASecondFactorSetsItUpBeforeAnythingElse() {
        UserAccount admin = fixtures.account("Admin", Set.of(Role.CITIZEN, Role.ADMIN));
        Page page = browser.newPage(1280, 900);
        logIn(page, admin.email(), Fixtures.PASSWORD);

        assertThat(page.locator("h1")).hasText("Zweiter Faktor");
        assertThat(page.locator("#second-factor-required")).isVisible();
        page.navigate(base() + "/admin/konten");
        assertThat(page.locator("h1")).hasText("Zweiter Faktor");

        page.locator("#second-factor-password input").fill(Fixtures.PASSWORD);
        page.locator("#second-factor-start").click();
        String secret = page.locator("#second-factor-secret").textContent();
        page.locator("#second-factor-code input").fill(AuthenticatorApp.code(secret, 0));
        page.locator("#second-factor-confirm").click();
        assertThat(page.locator("#second-factor-recovery-codes li")).hasCount(10);
        page.locator("#second-factor-done").click();

        page.navigate(base() + "/admin/konten");
        assertThat(page.locator("h1")).not().hasText("Zweiter Faktor");
        assertThat(page.locator("#accounts-grid")).isVisible();
    }
}
