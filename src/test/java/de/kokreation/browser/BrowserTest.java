package de.kokreation.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every browser test needs: one Chromium per test class, the app's address, login, Tab. */
abstract class BrowserTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = BrowserSession.start();
    }

    /** Whatever a test did, the Content-Security-Policy refused nothing of it. */
    @AfterEach
    void nothingRefusedByTheContentSecurityPolicy() {
        if (browser != null) {
            browser.assertNoPolicyViolations();
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** Logs in with the keyboard alone: the email field has the focus when the login page opens. */
    void logIn(Page page, String email, String password) {
        page.navigate(base() + "/anmelden");
        page.locator("input[name=username]").waitFor();
        page.keyboard().type(email);
        page.keyboard().press("Tab");
        page.keyboard().type(password);
        page.keyboard().press("Enter");
        // attached, not visible: at phone width the logout waits behind the menu button
        page.locator("#logout").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
    }

    /**
     * Types a date into a date picker as people do (its overlay opens while typing) and confirms it
     * with Enter; waits until the overlay is closed, which on a busy machine can come after the key,
     * so that it never lies over the next control.
     */
    static void fillDate(Page page, String pickerSelector, String date) {
        page.locator(pickerSelector + " input").fill(date);
        page.keyboard().press("Enter");
        for (int i = 0;
                i < 50 && Boolean.TRUE.equals(page.evaluate("!!document.querySelector('vaadin-date-picker[opened]')"));
                i++) {
            if (i % 10 == 9) {
                page.keyboard().press("Escape");
            }
            page.waitForTimeout(100);
        }
        // on a loaded machine the overlay can open again after the last check: closed for good
        // before the next control is clicked
        if (Boolean.TRUE.equals(page.evaluate("!!document.querySelector('vaadin-date-picker[opened]')"))) {
            page.keyboard().press("Escape");
        }
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("vaadin-date-picker[opened]"))
                .hasCount(0);
    }

    /** Presses Tab until the condition holds; fails after 60 presses (a trap, or unreachable). */
    /** How many CSS pixels the page is wider than the window: above 0 it scrolls sideways. */
    static int sidewaysOverflow(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
    }

    static void tabTo(Page page, String condition) {
        for (int i = 0; i < 60; i++) {
            if (Boolean.TRUE.equals(page.evaluate(condition))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("not reachable with Tab: " + condition);
    }
}
