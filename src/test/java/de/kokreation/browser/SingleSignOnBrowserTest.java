package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import de.kokreation.IntegrationTest;
import de.kokreation.TestIdentityProvider;
import de.kokreation.TestIdentityProvider.Token;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on end to end in Chromium, against the tests' own OpenID Connect provider: a
 * coordinator of a ministry signs in with the keyboard through the provider's form, accepts the
 * terms on the welcome page (nothing else opens before), finds the profile managed by the
 * provider, and logs out of both; the next sign-in asks the provider's password again. Someone
 * whose address the provider has not verified is told so on the login page, in English too.
 */
@IntegrationTest
@Tag("browser")
class SingleSignOnBrowserTest extends BrowserTest {

    @BeforeEach
    void letTheProviderSendBrowsersBack() {
        TestIdentityProvider.allowApp(base());
    }

    @Test
    void aCoordinatorSignsInThroughTheMinistrysProviderAcceptsTheTermsAndLogsOutOfBoth() {
        String user = "koordination-" + System.nanoTime();
        TestIdentityProvider.addPerson(
                user,
                Map.of(
                        "email",
                        user + "@ministerium.example",
                        "email_verified",
                        true,
                        "name",
                        "Karla Koordinatorin",
                        "groups",
                        List.of("kokreation-koordination")),
                Token.VALID);
        Page page = browser.newPage(1280, 900);

        page.navigate(base() + "/anmelden");
        assertThat(page.locator("#login-sso-test-idp")).hasText("Anmelden mit Test-Ministerium");
        BrowserSession.screenshot(page, "login-sso-1280-de");
        signInAtTheProvider(page, user);

        assertThat(page.locator("h1")).hasText("Willkommen");
        assertThat(page.locator("#welcome-who")).containsText("Karla Koordinatorin");
        BrowserSession.screenshot(page, "welcome-after-sso-1280-de");
        // nothing else opens before the terms are accepted
        page.navigate(base() + "/profil");
        assertThat(page.locator("h1")).hasText("Willkommen");
        page.locator("#welcome-accept").click();
        assertThat(page.locator("#welcome-privacy")).hasAttribute("invalid", "");
        page.locator("#welcome-privacy input").check();
        page.locator("#welcome-accept").click();
        assertThat(page).hasURL(base() + "/");

        page.navigate(base() + "/profil");
        assertThat(page.locator("h1")).hasText("Mein Profil");
        assertThat(page.locator("#profile-provider")).containsText(user + "@ministerium.example");

        page.locator("#logout").click();
        // the provider ended its session too and sent the browser back
        assertThat(page).hasURL(base() + "/");
        page.navigate(base() + "/anmelden");
        page.locator("#login-sso-test-idp").click();
        assertThat(page).hasURL(TestIdentityProvider.ISSUER + "/login");
    }

    @Test
    void anAddressTheProviderHasNotVerifiedIsExplainedOnTheLoginPage() {
        String user = "unbestaetigt-" + System.nanoTime();
        TestIdentityProvider.addPerson(
                user, Map.of("email", user + "@ministerium.example", "email_verified", false), Token.VALID);
        Page page = browser.newPage(360, 800);
        page.context().addCookies(List.of(new Cookie("kokreation-lang", "en").setUrl(base())));

        page.navigate(base() + "/anmelden");
        signInAtTheProvider(page, user);

        assertThat(page).hasURL(Pattern.compile("/anmelden\\?error&sso$"));
        assertThat(page.locator("#login-sso-error")).containsText("has not reported your e-mail address as confirmed");
        BrowserSession.screenshot(page, "login-sso-refused-360-en");
        page.reload();
        assertThat(page.locator("#login-sso-error")).isHidden();
    }

    /** From the login page with the keyboard: the provider's link, then its form. */
    private static void signInAtTheProvider(Page page, String user) {
        page.locator("#login-sso-test-idp").focus();
        page.keyboard().press("Enter");
        page.locator("input[name=username]").waitFor();
        assertThat(page).hasURL(TestIdentityProvider.ISSUER + "/login");
        page.locator("input[name=username]").focus();
        page.keyboard().type(user);
        page.keyboard().press("Tab");
        page.keyboard().type(TestIdentityProvider.PASSWORD);
        page.keyboard().press("Enter");
    }
}
