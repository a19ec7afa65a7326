package de.kokreation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.shared.Permalinks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page's address shared as people share it: copied from the browser's address bar and fetched
 * by a link preview (no script runs there), which finds the proposal's title and excerpt in the
 * first HTML; the page itself keeps that title once Vaadin has drawn it. An unknown proposal is a
 * 404 with the friendly page, in German and in English, also on a phone.
 */
@IntegrationTest
@Tag("browser")
class OpenWebBrowserTest extends BrowserTest {

    private static final String TITLE = "Offene Baustellendaten für Radwege in allen Städten";

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Test
    void aSharedProposalAddressCarriesItsPreviewInTheFirstHtml() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        UserAccount author = fixtures.citizen();
        long proposal = fixtures.as(
                author,
                () -> proposals.submit(
                        consultation.themeGroups().getFirst().id(),
                        new ProposalDraft(TITLE, "Wo wird gebaut, wie lange, und wie kommt man sicher vorbei?")));

        Page page = browser.newPage(1280, 900);
        page.navigate(base() + Permalinks.proposal(proposal));
        page.locator("h1")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(TITLE))
                .waitFor();
        assertThat(page.title()).isEqualTo(TITLE + " – Kokreation");
        assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("de");
        String shared = page.url();

        APIResponse preview = page.request().get(shared);
        assertThat(preview.status()).isEqualTo(200);
        Document firstHtml = Jsoup.parse(preview.text());
        assertThat(firstHtml.title()).isEqualTo(TITLE + " – Kokreation");
        assertThat(firstHtml.select("meta[property=og:title]").attr("content")).isEqualTo(TITLE + " – Kokreation");
        assertThat(firstHtml.select("meta[property=og:description]").attr("content"))
                .startsWith("Wo wird gebaut, wie lange");
        assertThat(firstHtml.select("meta[property=og:url]").attr("content"))
                .isEqualTo("https://kokreation.test" + Permalinks.proposal(proposal));
        assertThat(firstHtml.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
        BrowserSession.screenshot(page, "open-web-proposal-desktop");
    }

    @Test
    void anUnknownProposalIsAFriendly404InBothLanguagesOnAPhone() {
        Page phone = browser.newPage(360, 780);
        Response german = phone.navigate(base() + "/vorschlaege/987654321");
        assertThat(german.status()).isEqualTo(404);
        phone.locator("h1")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Seite nicht gefunden"))
                .waitFor();
        BrowserSession.screenshot(phone, "open-web-404-360-de");

        Response english = phone.navigate(base() + "/vorschlaege/987654321?lang=en");
        assertThat(english.status()).isEqualTo(404);
        phone.locator("h1")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Page not found"))
                .waitFor();
        assertThat(phone.evaluate("document.documentElement.lang")).isEqualTo("en");
        BrowserSession.screenshot(phone, "open-web-404-360-en");
        // back to German for the pages that follow in this browser
        phone.navigate(base() + "/?lang=de");
    }

    @Test
    void theConsultationPageStatesTheLicenceAndLinksFeedCalendarAndCatalogue() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        Page page = browser.newPage(360, 780);
        page.navigate(
                base() + Permalinks.consultation(consultation.consultation().slug()));
        page.locator("#open-data-licence").waitFor();
        assertThat(page.locator("#open-data-licence").textContent())
                .contains("Datenlizenz Deutschland – Namensnennung – Version 2.0")
                .contains("Teilnahmebedingungen");
        assertThat(page.locator("#open-data a[href$='.atom']").count()).isEqualTo(1);
        assertThat(page.locator("#open-data a[href$='catalog.ttl']").count()).isEqualTo(1);
        page.locator("#open-data").scrollIntoViewIfNeeded();
        BrowserSession.screenshot(page, "open-web-open-data-360-de");
    }
}
