package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A passkey end to end in Chromium, with the browser's virtual authenticator (a platform
 * authenticator that verifies the person, as a laptop's fingerprint reader does): added on the
 * setup page, used to log in without a password, listed and removed.
 */
@IntegrationTest
@Tag("browser")
class PasskeyBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void aPasskeyAddedOnTheSetupPageLogsInWithoutAPassword() {
        UserAccount person = fixtures.citizen();
        Page page = browser.newPage(1280, 900);
        withVirtualAuthenticator(page);
        logIn(page, person.email(), Fixtures.PASSWORD);

        page.navigate(base() + "/zweiter-faktor");
        page.locator("#passkey-password input").fill("falsch");
        page.locator("#passkey-start").click();
        assertThat(page.locator("#passkey-password")).hasAttribute("invalid", "");
        page.locator("#passkey-password input").fill(Fixtures.PASSWORD);
        page.locator("#passkey-start").click();
        page.locator("#passkey-label input").fill("Laptop Büro");
        page.locator("#passkey-add").click();
        assertThat(page.locator("#passkeys-list li")).hasCount(1);
        assertThat(page.locator("#passkeys-list li")).containsText("Laptop Büro");
        assertThat(page.locator("#passkey-failed")).isHidden();
        BrowserSession.screenshot(page, "passkeys-1280-de");

        page.locator("#logout").click();
        assertThat(page).hasURL(base() + "/");
        page.navigate(base() + "/anmelden");
        page.locator("#login-passkey").focus();
        page.keyboard().press("Enter");
        page.locator("#logout").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(page.locator("#login-passkey-failed")).hasCount(0);

        page.navigate(base() + "/profil");
        assertThat(page.locator("h1")).hasText("Mein Profil");
        assertThat(page.locator("#profile-sessions .kk-session")).hasCount(1);

        page.navigate(base() + "/zweiter-faktor");
        page.locator("#passkeys-list li vaadin-button").click();
        assertThat(page.locator("#passkeys-list li")).hasCount(0);
    }

    @Test
    void withoutAPasskeyTheLoginSaysSoAndTheFormStays() {
        Page page = browser.newPage(360, 800);
        withVirtualAuthenticator(page);
        page.navigate(base() + "/anmelden");
        page.locator("#login-passkey").click();
        assertThat(page.locator("#login-passkey-failed")).isVisible();
        assertThat(page.locator("input[name=username]")).isVisible();
        BrowserSession.screenshot(page, "login-passkey-none-360-de");
    }

    /** Chromium's virtual authenticator for this page: internal, resident keys, the person verified. */
    private static void withVirtualAuthenticator(Page page) {
        CDPSession devtools = page.context().newCDPSession(page);
        devtools.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject parameters = new JsonObject();
        parameters.add("options", options);
        devtools.send("WebAuthn.addVirtualAuthenticator", parameters);
    }
}
