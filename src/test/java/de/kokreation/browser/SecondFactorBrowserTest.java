package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitForSelectorState;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.AuthenticatorApp;
import de.kokreation.account.UserAccount;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person sets up the second factor on a phone with the keyboard, reading the key as an
 * authenticator app would (the code is computed from it), keeps the recovery codes, and logs in
 * on a laptop in English with password and code: a wrong code first, then the right one pasted.
 * The setup and the code page pass axe.
 */
@IntegrationTest
@Tag("browser")
class SecondFactorBrowserTest extends BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    Fixtures fixtures;

    @Test
    void setUpOnThePhoneThenLogInWithPasswordAndCodeOnTheLaptop() {
        UserAccount person = fixtures.citizen();
        Page phone = browser.newPage(360, 800);
        logIn(phone, person.email(), Fixtures.PASSWORD);
        phone.navigate(base() + "/profil");
        assertThat(phone.locator("#profile-second-factor")).hasText("Nicht eingerichtet.");
        phone.locator("#profile-second-factor-manage").focus();
        phone.keyboard().press("Enter");
        assertThat(phone.locator("h1")).hasText("Zweiter Faktor");
        // the password again: the owner at the keyboard, not someone at an unlocked screen
        phone.locator("#second-factor-password input").focus();
        phone.keyboard().type(Fixtures.PASSWORD);
        phone.locator("#second-factor-start").focus();
        phone.keyboard().press("Enter");

        assertThat(phone.locator("img.kk-qr")).isVisible();
        String secret = phone.locator("#second-factor-secret").textContent();
        Assertions.assertThat(secret).matches("[A-Z2-7 ]{32,40}");
        assertNoAxeViolations(phone, "second factor setup");
        BrowserSession.screenshot(phone, "second-factor-setup-360-de");
        phone.locator("#second-factor-code input").focus();
        phone.keyboard().type(AuthenticatorApp.code(secret, 0));
        phone.locator("#second-factor-confirm").focus();
        phone.keyboard().press("Enter");

        assertThat(phone.locator("#second-factor-recovery-codes li")).hasCount(10);
        BrowserSession.screenshot(phone, "second-factor-recovery-codes-360-de");
        phone.locator("#second-factor-done").click();
        assertThat(phone).hasURL(base() + "/");

        Page laptop = browser.newPage(1280, 900);
        laptop.context().addCookies(List.of(new Cookie("kokreation-lang", "en").setUrl(base())));
        laptop.navigate(base() + "/anmelden");
        laptop.locator("input[name=username]").waitFor();
        laptop.keyboard().type(person.email());
        laptop.keyboard().press("Tab");
        laptop.keyboard().type(Fixtures.PASSWORD);
        laptop.keyboard().press("Enter");

        assertThat(laptop.locator("h1")).hasText("Enter the code");
        assertThat(laptop).hasURL(base() + "/anmelden/code");
        assertThat(laptop.locator("#logout")).hasCount(0);
        assertNoAxeViolations(laptop, "code page");
        laptop.locator("#second-factor-code input").focus();
        laptop.keyboard().type("12345");
        laptop.keyboard().press("Enter");
        assertThat(laptop.locator("#second-factor-code")).hasAttribute("invalid", "");
        assertThat(laptop.locator("#second-factor-code")).containsText("This code is not right");
        BrowserSession.screenshot(laptop, "second-factor-code-wrong-1280-en");

        // pasted, as from a password manager
        laptop.locator("#second-factor-code input").fill(AuthenticatorApp.code(secret, 1));
        laptop.locator("#second-factor-code input").press("Enter");
        laptop.locator("#logout").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        laptop.navigate(base() + "/zweiter-faktor");
        assertThat(laptop.locator("#second-factor-status")).containsText("10 recovery codes left");
    }

    private static void assertNoAxeViolations(Page page, String what) {
        List<Rule> violations =
                new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations();
        Assertions.assertThat(violations)
                .as("axe on the %s", what)
                .extracting(Rule::getId)
                .isEmpty();
    }
}
