package de.kokreation.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Debian Chromium driven by Playwright. Browser tests fail when Chromium is missing (CI
 * installs it); a developer may skip them explicitly with {@code -DskipBrowserTests}.
 */
public final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("kokreation.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSession(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static BrowserSession start() {
        Assumptions.assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped on request");
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM
                    + "; install it (apt-get install chromium) or run with -DskipBrowserTests");
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--headless",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
        return new BrowserSession(playwright, browser);
    }

    Page newPage(int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, height)
                        .setLocale("de-DE"))
                .newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** A page in a fresh context that accepts the self-signed certificate of a test's proxy. */
    public Page newPageTrustingAnyCertificate(int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, height)
                        .setLocale("de-DE")
                        .setIgnoreHTTPSErrors(true))
                .newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
