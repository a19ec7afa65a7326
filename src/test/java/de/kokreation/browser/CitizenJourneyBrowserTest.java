package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.Permalinks;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The citizen's journey in a real browser: open a consultation, log in, submit a proposal (and
 * find the half-written text again after a reload), comment, vote, and see the counts change.
 */
@IntegrationTest
@Tag("browser")
class CitizenJourneyBrowserTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void aCitizenSubmitsCommentsAndVotes() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary openData = consultation.themeGroups().getFirst();
        fixtures.proposal(openData, fixtures.citizen(), "Bestehender Vorschlag zu Geodaten");
        UserAccount citizen = fixtures.citizen();
        String base = base();
        Page page = browser.newPage(1280, 900);

        page.navigate(base + "/");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(consultation.consultation().title()))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(consultation.consultation().title());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Offene Daten"))
                .click();
        assertThat(page.locator("#proposal-count")).hasText("1 Vorschlag");
        BrowserSession.screenshot(page, "journey-1-theme-group");

        page.locator("#new-proposal").click();
        // Submitting needs an account: the login comes first, says why, and leads back to the form.
        assertThat(page.locator("#login-reason")).containsText("Bitte melden Sie sich an");
        // a wrong password keeps the address typed
        page.locator("input[name=username]").fill(citizen.email());
        page.locator("input[name=password]").fill("ein-falsches-Passwort");
        page.locator("input[name=password]").press("Enter");
        assertThat(page.locator("vaadin-login-form")).containsText("Anmeldung fehlgeschlagen");
        assertThat(page.locator("input[name=username]")).hasValue(citizen.email());
        page.locator("input[name=username]").fill(citizen.email());
        page.locator("input[name=password]").fill(Fixtures.PASSWORD);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.locator("#proposal-title")).isVisible();

        page.locator("#proposal-title input").fill("Offene Haushaltsdaten aller Landkreise");
        page.locator("#proposal-body textarea").fill("Alle Landkreise veröffentlichen ihre Haushalte als CSV.");
        page.waitForTimeout(500);
        // The session expires (its cookie is gone) before the user submits: after logging in
        // again, the form holds everything typed, because the browser kept the draft.
        page.context().clearCookies();
        page.reload();
        page.locator("input[name=username]").fill(citizen.email());
        page.locator("input[name=password]").fill(Fixtures.PASSWORD);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.locator("#proposal-title input")).hasValue("Offene Haushaltsdaten aller Landkreise");
        assertThat(page.locator("#proposal-body textarea"))
                .hasValue("Alle Landkreise veröffentlichen ihre Haushalte als CSV.");
        BrowserSession.screenshot(page, "journey-2-form");

        page.locator("#proposal-submit").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Offene Haushaltsdaten aller Landkreise");

        page.getByLabel("Ihr Kommentar").fill("Das sollte auch für Gemeinden gelten.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kommentar veröffentlichen"))
                .click();
        assertThat(page.locator(".kk-comment-body")).hasText("Das sollte auch für Gemeinden gelten.");
        assertThat(page.locator("#comments-heading")).hasText("1 Kommentar");

        page.locator("#vote-for").click();
        assertThat(page.locator("#vote-for")).hasText("Dafür (1)");
        assertThat(page.locator("#vote-for")).hasAttribute("aria-pressed", "true");
        assertThat(page.locator("#vote-status")).hasText("Sie haben dafür gestimmt.");
        BrowserSession.screenshot(page, "journey-3-proposal");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Offene Daten"))
                .click();
        assertThat(page.locator("#proposal-count")).hasText("2 Vorschläge");
        assertThat(page.locator(".kk-card")
                        .filter(new Locator.FilterOptions().setHasText("Offene Haushaltsdaten aller Landkreise"))
                        .locator(".kk-figure-for"))
                .hasText("1 dafür");

        // The form is empty again after the submit: the draft was forgotten.
        page.navigate(base + Permalinks.newProposal(openData.consultationSlug(), openData.slug()));
        assertThat(page.locator("#proposal-title input")).hasValue("");
    }

    /**
     * Every public view reflows at 320 CSS pixels (a small phone) and at 640 (a 1280 px screen at
     * 200 % zoom) without horizontal scrolling; voting works by keyboard.
     */
    @Test
    void viewsReflowAndVotingWorksWithTheKeyboard() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary group = consultation.themeGroups().getFirst();
        long proposal = fixtures.proposal(
                group,
                fixtures.citizen(),
                "Ein langer Vorschlagstitel über Informationsfreiheitsgesetzgebungsverfahren in allen Bundesländern");
        UserAccount citizen = fixtures.citizen();
        String base = base();
        Page wide = browser.newPage(640, 800);
        Page page = browser.newPage(320, 800);

        Map<String, String> views = new LinkedHashMap<>();
        views.put("home", "/");
        views.put(
                "consultation",
                Permalinks.consultation(consultation.consultation().slug()));
        views.put("theme-group", Permalinks.themeGroup(group.consultationSlug(), group.slug()));
        views.put("proposal", Permalinks.proposal(proposal));
        views.put("login", "/anmelden");
        views.put("register", "/registrieren");
        views.put("accessibility-statement", "/barrierefreiheit");
        for (Page viewport : List.of(wide, page)) {
            String width = viewport == page ? "320" : "640";
            views.forEach((name, path) -> {
                viewport.navigate(base + path);
                assertThat(viewport.locator("h1").first()).isVisible();
                Object overflow = viewport.evaluate("document.documentElement.scrollWidth - window.innerWidth");
                Assertions.assertThat(((Number) overflow).intValue())
                        .as("horizontal overflow of %s at %s px", name, width)
                        .isLessThanOrEqualTo(0);
                BrowserSession.screenshot(viewport, "reflow-" + width + "-" + name);
            });
        }

        // Log in with the keyboard alone.
        logIn(page, citizen.email(), Fixtures.PASSWORD);

        page.navigate(base + Permalinks.proposal(proposal));
        assertThat(page.locator("#vote-for")).isVisible();
        page.keyboard().press("Tab");
        Assertions.assertThat(page.evaluate("document.activeElement.textContent"))
                .isEqualTo("Zum Inhalt springen");
        page.keyboard().press("Enter");
        Assertions.assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
        for (int i = 0; i < 30 && !"vote-for".equals(page.evaluate("document.activeElement.id")); i++) {
            page.keyboard().press("Tab");
        }
        page.keyboard().press("Space");
        assertThat(page.locator("#vote-for")).hasText("Dafür (1)");
        Assertions.assertThat(page.evaluate("document.activeElement.id")).isEqualTo("vote-for");
    }

    /** On a phone the header is one compact row with a menu button, operable with the keyboard. */
    @Test
    void onAPhoneTheHeaderFoldsIntoAMenuThatTheKeyboardOpensAndCloses() {
        UserAccount admin = fixtures.account("Admin Telefon", EnumSet.of(Role.ADMIN, Role.CITIZEN));
        Page page = browser.newPage(360, 740);
        logIn(page, admin.email(), Fixtures.PASSWORD);
        page.navigate(base() + "/");
        page.locator("h1").first().waitFor();
        double headerHeight = page.locator("header").boundingBox().height;
        Assertions.assertThat(headerHeight).as("header height at 360 px").isLessThan(740 * 0.12);
        assertThat(page.locator("#logout")).isHidden();
        BrowserSession.screenshot(page, "phone-header-closed");

        tabTo(page, "document.activeElement.id === 'menu-toggle'");
        assertThat(page.locator("#menu-toggle")).hasAttribute("aria-expanded", "false");
        page.keyboard().press("Enter");
        assertThat(page.locator("#menu-toggle")).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#logout")).isVisible();
        assertThat(page.locator("#accounts-link")).isVisible();
        BrowserSession.screenshot(page, "phone-header-open");
        page.keyboard().press("Tab");
        page.keyboard().press("Escape");
        assertThat(page.locator("#menu-toggle")).hasAttribute("aria-expanded", "false");
        assertThat(page.locator("#logout")).isHidden();
        Assertions.assertThat(page.evaluate("document.activeElement.id")).isEqualTo("menu-toggle");

        // wide screens show the links directly, no menu button
        page.setViewportSize(1280, 800);
        assertThat(page.locator("#menu-toggle")).isHidden();
        assertThat(page.locator("#logout")).isVisible();
    }

    /** A shared computer: what one person typed never appears in the next person's form. */
    @Test
    void draftsStayWithTheirAccountOnASharedComputer() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount first = fixtures.citizen();
        UserAccount second = fixtures.citizen();
        String form = base() + Permalinks.newProposal(group.consultationSlug(), group.slug());
        Page page = browser.newPage(1280, 900);

        // typed, then logged out: every draft leaves the browser
        logIn(page, first.email(), Fixtures.PASSWORD);
        page.navigate(form);
        page.locator("#proposal-title input").fill("Privater Entwurf der ersten Person");
        page.waitForTimeout(300);
        Assertions.assertThat(draftsInStorage(page)).isOne();
        page.locator("#logout").click();
        page.locator("#login-link").waitFor();
        Assertions.assertThat(draftsInStorage(page)).isZero();

        // typed, then the session expired without a logout: the next person does not see it
        logIn(page, first.email(), Fixtures.PASSWORD);
        page.navigate(form);
        page.locator("#proposal-title input").fill("Zweiter privater Entwurf");
        page.waitForTimeout(300);
        page.context().clearCookies();
        logIn(page, second.email(), Fixtures.PASSWORD);
        page.navigate(form);
        page.locator("#proposal-title input").waitFor();
        page.waitForTimeout(500);
        assertThat(page.locator("#proposal-title input")).hasValue("");
        Assertions.assertThat(draftsInStorage(page)).isZero();
    }

    private static int draftsInStorage(Page page) {
        return ((Number) page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('kokreation.draft.'))"
                        + ".filter(k => localStorage.getItem(k)).length"))
                .intValue();
    }

    /** The citizen's journey with Tab, Enter and Space alone: no mouse, no trap. */
    @Test
    void theWholeJourneyWorksWithTheKeyboardAlone() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        UserAccount citizen = fixtures.citizen();
        String base = base();
        Page page = browser.newPage(1280, 900);

        page.navigate(base + "/");
        page.locator("h1").waitFor();
        tabTo(
                page,
                "document.activeElement.textContent === '"
                        + consultation.consultation().title() + "'");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText(consultation.consultation().title());
        tabTo(page, "document.activeElement.textContent === 'Offene Daten'");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Offene Daten");
        tabTo(page, "document.activeElement.id === 'new-proposal'");
        page.keyboard().press("Enter");

        page.locator("input[name=username]").waitFor();
        page.keyboard().type(citizen.email());
        page.keyboard().press("Tab");
        page.keyboard().type(Fixtures.PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.locator("#proposal-title")).isVisible();

        tabTo(page, "document.activeElement.closest('#proposal-title') !== null");
        page.keyboard().type("Vorschlag nur mit der Tastatur");
        page.keyboard().press("Tab");
        page.keyboard().type("Alle Formulare der Verwaltung sind mit der Tastatur bedienbar.");
        tabTo(page, "document.activeElement.id === 'proposal-submit'");
        BrowserSession.screenshot(page, "keyboard-1-focus-on-submit");
        page.keyboard().press("Enter");
        assertThat(page.locator("h1")).hasText("Vorschlag nur mit der Tastatur");

        tabTo(page, "document.activeElement.id === 'vote-for'");
        page.keyboard().press("Space");
        assertThat(page.locator("#vote-for")).hasText("Dafür (1)");
        tabTo(page, "document.activeElement.closest('vaadin-text-area') !== null");
        page.keyboard().type("Kommentar per Tastatur");
        tabTo(page, "document.activeElement.textContent === 'Kommentar veröffentlichen'");
        page.keyboard().press("Enter");
        assertThat(page.locator(".kk-comment-body")).hasText("Kommentar per Tastatur");
        BrowserSession.screenshot(page, "keyboard-2-done");
    }
}
