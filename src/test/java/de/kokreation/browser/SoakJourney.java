package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import de.kokreation.demo.DemoAccounts;
import de.kokreation.shared.Permalinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The product as it runs, not only as it starts: a citizen's journey in a loop against a running
 * application (log in, submit a proposal, comment, vote, find the proposal through the search
 * page by its own new word, answer a report of the demo action plan), for as long as asked. Run against the app started with short pool
 * lifetimes (README, "Soak run"), so that every connection is replaced many times over; any
 * round that fails is reported and the run ends with a non-zero exit.
 *
 * <p>{@code java -cp … de.kokreation.browser.SoakJourney <base-url> <minutes>}
 */
public final class SoakJourney {

    private static final String CITIZEN = "buergerin@kokreation.example";
    private static final String PASSWORD = "Kokreation2018!";

    private SoakJourney() {}

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        Duration length = Duration.ofMinutes(args.length > 1 ? Long.parseLong(args[1]) : 30);
        Instant end = Instant.now().plus(length);
        int rounds = 0;
        int failures = 0;
        long slowest = 0;
        // As patient as a person on a busy server: 20 s for every expectation, not Playwright's 5.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        try (BrowserSession browser = BrowserSession.start()) {
            while (Instant.now().isBefore(end)) {
                rounds++;
                long started = System.nanoTime();
                Page page = browser.newPage(1280, 900);
                Page coordinator = browser.newPage(1280, 900);
                try {
                    round(page, base, rounds);
                    coordinatorRound(coordinator, base);
                    // and the Content-Security-Policy refused nothing of it
                    browser.assertNoPolicyViolations();
                } catch (RuntimeException | AssertionError failed) {
                    failures++;
                    browser.clearPolicyViolations();
                    BrowserSession.screenshot(page, "soak-failed-" + rounds);
                    BrowserSession.screenshot(coordinator, "soak-failed-lead-" + rounds);
                    System.out.printf(Locale.ROOT, "%s round %d FAILED: %s%n", Instant.now(), rounds, failed);
                } finally {
                    page.context().close();
                    coordinator.context().close();
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                slowest = Math.max(slowest, millis);
                System.out.printf(
                        Locale.ROOT, "%s round %d %d ms, %d failed so far%n", Instant.now(), rounds, millis, failures);
            }
        }
        System.out.printf(
                Locale.ROOT, "Soak: %d rounds in %s, %d failed, slowest %d ms%n", rounds, length, failures, slowest);
        System.exit(failures == 0 && rounds > 0 ? 0 : 1);
    }

    private static void round(Page page, String base, int round) {
        // Ends in z, which no stemmer takes off and no other round's word has before its end: the
        // word is no other word's beginning (a search for a word also finds longer words it begins).
        String word = "Rundwort" + letters(round) + "z";
        String title = "Sitzbankkataster " + word;
        page.navigate(base + "/anmelden");
        page.locator("input[name=username]").fill(CITIZEN);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.locator("#logout")
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));

        page.navigate(base + Permalinks.newProposal("bund-aktionsplan", "offene-daten"));
        page.locator("#proposal-title input").fill(title);
        page.locator("#proposal-body textarea").fill("Alle Sitzbänke der Stadt als offene Daten, Runde " + round + ".");
        page.locator("#proposal-submit").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(title);

        page.getByLabel("Ihr Kommentar").fill("Mit Schatten und Lehne, bitte: " + word + ".");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kommentar veröffentlichen"))
                .click();
        assertThat(page.locator("#comments-heading")).hasText("1 Kommentar");
        page.locator("#vote-for").click();
        assertThat(page.locator("#vote-for")).hasText("Dafür (1)");

        page.navigate(base + "/suche?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertThat(page.locator("body")).containsText(title);
        assertThat(page.locator("body")).containsText("Mit Schatten und Lehne");

        // The implementation's side: a response to a report of the demo plan's first commitment.
        page.navigate(base + Permalinks.planCommitment("nap-2019-2021", 1));
        page.locator("[id^=report-comment-form-] vaadin-details-summary")
                .first()
                .click();
        page.locator("[id^=report-comment-text-] textarea").first().fill("Stand geprüft in Runde " + word + ".");
        page.locator("[id^=report-comment-submit-]").first().click();
        assertThat(page.locator("[id^=report-comments-]").first()).containsText("Stand geprüft in Runde " + word);

        // Events: the demo's fully booked federal workshop; the waiting list joined and left in turns.
        page.navigate(base + Permalinks.meetings());
        page.locator("#meetings-coming a")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("Bundesweiter Workshop: Offene Verwaltungsdaten"))
                .click();
        page.locator("#meeting-registration").waitFor();
        if (page.locator("#meeting-register").count() > 0) {
            page.locator("#meeting-needs textarea").fill("Runde " + word + ": vegetarisch");
            page.locator("#meeting-register").click();
            assertThat(page.locator("#meeting-my-status")).containsText("Warteliste");
        } else {
            page.locator("#meeting-unregister").click();
            page.locator("#confirm-dialog")
                    .getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Abmelden"))
                    .click();
            assertThat(page.locator("#meeting-register")).isVisible();
        }
    }

    /**
     * The theme-group lead's side (the demo coordinator must set up a second factor first): the
     * result report of the federal consultation, which grows every round, made in the background
     * and downloaded when the page offers it (pushed, without another click), then the dashboard
     * and the clusters of the lead's theme group.
     */
    private static void coordinatorRound(Page page, String base) {
        page.navigate(base + "/anmelden");
        page.locator("input[name=username]").fill(DemoAccounts.LEAD);
        page.locator("input[name=password]").fill(DemoAccounts.PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.locator("#logout")
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        page.navigate(base + Permalinks.consultationExport("bund-aktionsplan"));
        page.locator("#export-report-pdf-start").click();
        // The page shows the previous round's download until the new job's state arrives: wait for
        // this job's end as screen readers hear it, then take the file it offers.
        assertThat(page.locator("#export-report-pdf-announcement"))
                .containsText(
                        "ist fertig",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(120_000));
        com.microsoft.playwright.Locator download = page.locator("#export-report-pdf-download");
        assertThat(download).isVisible();
        com.microsoft.playwright.Download file = page.waitForDownload(download::click);
        if (file.failure() != null || file.path().toFile().length() < 1000) {
            throw new AssertionError("The report's download failed: " + file.failure());
        }
        page.navigate(base + Permalinks.consultationDashboard("bund-aktionsplan"));
        assertThat(page.locator("#dashboard-figure-proposals")).isVisible();
        // The clusters of the lead's first theme group, computed as a job of the runner.
        page.navigate(base + Permalinks.consultation("bund-aktionsplan"));
        com.microsoft.playwright.Locator condense =
                page.locator("a[href^='/verdichtung/']").first();
        if (condense.count() > 0) {
            page.navigate(base + condense.getAttribute("href") + "/" + Permalinks.CLUSTERS);
            page.locator("#cluster-compute").click();
            assertThat(page.locator("#cluster-done")).isVisible();
        }
    }

    /** The round's number in the letters a to p: 1 → b, 17 → bb. */
    private static String letters(int number) {
        StringBuilder letters = new StringBuilder();
        int rest = number;
        do {
            letters.insert(0, (char) ('a' + rest % 16));
            rest /= 16;
        } while (rest > 0);
        return letters.toString();
    }
}
