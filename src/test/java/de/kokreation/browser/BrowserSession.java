package de.kokreation.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Debian Chromium driven by Playwright. Browser tests fail when Chromium is missing (CI
 * installs it); a developer may skip them explicitly with {@code -DskipBrowserTests}.
 */
public final class BrowserSession implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("kokreation.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static final Path MISSING_FUNCTIONS = Path.of("target", "csp-missing-functions.js");

    private final Playwright playwright;
    private final Browser browser;
    private final List<String> policyViolations = new CopyOnWriteArrayList<>();
    private final Set<String> missingFunctions = new ConcurrentSkipListSet<>();

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
        Page page = watched(browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, height)
                        .setLocale("de-DE")))
                .newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** A page in a fresh context that accepts the self-signed certificate of a test's proxy. */
    public Page newPageTrustingAnyCertificate(int width, int height) {
        Page page = watched(browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(width, height)
                        .setLocale("de-DE")
                        .setIgnoreHTTPSErrors(true)))
                .newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    /**
     * Every page of the context is watched for what the Content-Security-Policy refused: the
     * browser's own message for each violation, and the predefined-function script's note of a
     * function Vaadin built from a string that it does not know (csp-functions.js).
     */
    private BrowserContext watched(BrowserContext context) {
        context.onConsoleMessage(message -> {
            String text = message.text();
            if (text.startsWith(MISSING_FUNCTION)) {
                missingFunctions.add(text.substring(MISSING_FUNCTION.length()));
            } else if (text.contains("Content Security Policy")) {
                policyViolations.add(message.location() + ": " + text);
            }
        });
        // what may carry personal data is never stored by the browser: pages, UI updates, downloads
        context.onResponse(response -> {
            // a proxy's own gateway error (a node just died) comes from no application
            boolean fromTheProxy = response.status() >= 502 && response.status() <= 504;
            if (!fromTheProxy
                    && carriesPersonalData(response.url())
                    && !response.headers().getOrDefault("cache-control", "").contains("no-store")) {
                policyViolations.add("no Cache-Control: no-store on " + response.url() + " ("
                        + response.headers().get("cache-control") + ")");
            }
        });
        return context;
    }

    /** Everything of the application but its static files and the public open data. */
    static boolean carriesPersonalData(String url) {
        java.net.URI address = java.net.URI.create(url);
        String path = address.getPath();
        return address.getHost() != null
                && address.getHost().equals("localhost")
                && address.getPort() != de.kokreation.TestIdentityProvider.PORT
                && !path.startsWith("/VAADIN/build/")
                && !path.startsWith("/VAADIN/static/")
                && !path.startsWith("/lumo/")
                && !path.startsWith("/styles/")
                && !path.startsWith("/scripts/")
                && !path.startsWith("/images/")
                && !path.startsWith("/api/v1/")
                && !path.equals("/favicon.ico");
    }

    /**
     * Fails on any refusal of the Content-Security-Policy since the last call; the functions that
     * were missing are written to {@link #MISSING_FUNCTIONS} as entries for csp-functions.js.
     */
    public void assertNoPolicyViolations() {
        List<String> violations = List.copyOf(policyViolations);
        Set<String> missing = new TreeSet<>(missingFunctions);
        policyViolations.clear();
        missingFunctions.clear();
        if (!missing.isEmpty()) {
            writeMissingFunctions(missing);
        }
        if (!violations.isEmpty() || !missing.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy refused " + violations.size() + " time(s): "
                    + String.join("\n", violations) + "\nfunctions missing from csp-functions.js (see "
                    + MISSING_FUNCTIONS + "):\n" + String.join("\n", missing));
        }
    }

    /** Forgets what was refused so far (after a failure that was already counted). */
    public void clearPolicyViolations() {
        policyViolations.clear();
        missingFunctions.clear();
    }

    /** All functions found missing in this run, by all test classes. */
    private static final Set<String> MISSING_IN_THIS_RUN = new ConcurrentSkipListSet<>();

    private static void writeMissingFunctions(Set<String> missing) {
        MISSING_IN_THIS_RUN.addAll(missing);
        try {
            Files.createDirectories(MISSING_FUNCTIONS.getParent());
            Files.write(
                    MISSING_FUNCTIONS,
                    MISSING_IN_THIS_RUN.stream().map(PredefinedFunctions::entry).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static final String MISSING_FUNCTION = "kokreation-csp-missing-function ";

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
