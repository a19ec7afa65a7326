package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone signed in on a laptop and a phone sees both on the profile page, the phone marked as the
 * device in use, ends the laptop's session from the phone with the keyboard, and the laptop is
 * logged out at its next step.
 */
@IntegrationTest
@Tag("browser")
class SessionsBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void aSessionLeftOpenOnAnotherDeviceIsEndedFromTheProfile() {
        UserAccount person = fixtures.citizen();
        Page laptop = browser.newPage(1280, 900);
        logIn(laptop, person.email(), Fixtures.PASSWORD);
        Page phone = browser.newPage(360, 800);
        logIn(phone, person.email(), Fixtures.PASSWORD);

        phone.navigate(base() + "/profil");
        assertThat(phone.locator("#profile-sessions .kk-session")).hasCount(2);
        assertThat(phone.locator("#profile-sessions .kk-session").first()).containsText("Dieses Gerät");
        // the test browser reaches the server over loopback, IPv4 or IPv6
        assertThat(phone.locator("#profile-sessions .kk-session").first()).containsText("Adressbereich ");
        phone.locator("#profile-sessions .kk-session").first().scrollIntoViewIfNeeded();
        BrowserSession.screenshot(phone, "profile-sessions-360-de");

        phone.locator("[id^=profile-session-end-]").focus();
        phone.keyboard().press("Enter");
        assertThat(phone.locator("#profile-sessions .kk-session")).hasCount(1);
        assertThat(phone.locator("vaadin-notification-card").last()).containsText("Die Sitzung ist beendet.");

        laptop.navigate(base() + "/profil");
        assertThat(laptop).hasURL(base() + "/anmelden");
        phone.reload();
        assertThat(phone.locator("h1")).hasText("Mein Profil");
    }

    @Test
    void inEnglishAllOtherSessionsEndAtOnce() {
        UserAccount person = fixtures.citizen();
        Page first = browser.newPage(1280, 900);
        logIn(first, person.email(), Fixtures.PASSWORD);
        Page second = browser.newPage(1280, 900);
        logIn(second, person.email(), Fixtures.PASSWORD);
        Page kept = browser.newPage(1280, 900);
        kept.context().addCookies(List.of(new Cookie("kokreation-lang", "en").setUrl(base())));
        logIn(kept, person.email(), Fixtures.PASSWORD);

        kept.navigate(base() + "/profil");
        assertThat(kept.locator("#profile-sessions .kk-session")).hasCount(3);
        assertThat(kept.locator("#profile-sessions")).containsText("This device");
        BrowserSession.screenshot(kept, "profile-sessions-1280-en");
        kept.locator("#profile-sessions-end-others").click();
        assertThat(kept.locator("#profile-sessions .kk-session")).hasCount(1);
        assertThat(kept.locator("#profile-sessions-end-others")).hasCount(0);

        for (Page ended : List.of(first, second)) {
            ended.navigate(base() + "/profil");
            assertThat(ended).hasURL(base() + "/anmelden");
        }
    }
}
