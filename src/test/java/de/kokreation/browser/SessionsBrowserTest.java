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
        Page laptop = signedIn(person, browser.newPage(1280, 900));
        Page phone = signedIn(person, browser.newPage(360, 800));

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
        Page first = signedIn(person, browser.newPage(1280, 900));
        Page second = signedIn(person, browser.newPage(1280, 900));
        Page english = browser.newPage(1280, 900);
        english.context().addCookies(List.of(new Cookie("kokreation-lang", "en").setUrl(base())));
        Page kept = signedIn(person, english);

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

    /** The page of a browser of its own, logged in as the person. */
    private Page signedIn(UserAccount person, Page page) {
        logIn(page, person.email(), Fixtures.PASSWORD);
        return page;
    }
}
