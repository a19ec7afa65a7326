package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.TestMailServer;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.Permalinks;
import java.net.URI;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A newcomer registers, reads the confirmation mail, confirms, logs in and submits a proposal. */
@IntegrationTest
@Tag("browser")
class RegistrationBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestMailServer mail;

    @Test
    void aNewcomerRegistersConfirmsLogsInAndSubmits() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        String email = "neu-" + Fixtures.next() + "@test.example";
        String password = "Mitmachen macht Demokratie lebendig";
        String base = base();
        Page page = browser.newPage(1280, 900);

        page.navigate(base + "/anmelden");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Noch kein Konto? Registrieren"))
                .click();
        page.locator("#register-name input").fill("Neue Bürgerin");
        page.locator("#register-email input").fill(email);
        page.locator("#register-password input").fill("passwort1234");
        page.locator("#register-submit").click();
        // A common password is refused at the field, in German.
        assertThat(page.locator("#register-password")).containsText("zu verbreitet");
        page.locator("#register-password input").fill(password);
        page.locator("#register-privacy input").check();
        page.locator("#register-submit").click();
        assertThat(page.locator("#register-mail-sent")).containsText(email);
        BrowserSession.screenshot(page, "registration-1-mail-sent");

        String link = TestMailServer.firstLink(mail.awaitMailTo(email));
        URI confirmation = URI.create(link);
        page.navigate(base + confirmation.getRawPath() + "?" + confirmation.getRawQuery());
        page.locator("#confirm-button").click();
        assertThat(page.locator("#confirm-result"))
                .hasText("Vielen Dank, Ihre E-Mail-Adresse ist bestätigt. Sie können sich jetzt anmelden.");

        page.navigate(base + Permalinks.newProposal(group.consultationSlug(), group.slug()));
        String sessionBeforeLogin = sessionId(page);
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.locator("#proposal-title")).isVisible();
        // A new session id at login: a session fixed before the login is worthless afterwards.
        Assertions.assertThat(sessionId(page)).isNotEqualTo(sessionBeforeLogin);
        page.locator("#proposal-title input").fill("Mein erster Vorschlag nach der Registrierung");
        page.locator("#proposal-body textarea").fill("Ein Vorschlag von jemandem, der gerade erst dazugekommen ist.");
        page.locator("#proposal-submit").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Mein erster Vorschlag nach der Registrierung");
        assertThat(page.locator(".kk-signed-in")).hasText("Angemeldet als Neue Bürgerin");
        BrowserSession.screenshot(page, "registration-2-proposal");
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream()
                .filter(cookie -> "JSESSIONID".equals(cookie.name))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse("");
    }
}
