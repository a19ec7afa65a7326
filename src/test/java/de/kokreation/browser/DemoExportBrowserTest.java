package de.kokreation.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import de.kokreation.TestProfiles;
import de.kokreation.demo.DemoAccounts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo coordinator downloads the NRW 2018 drafts as DOCX from the export page, in a real
 * browser, and the file opens in POI with every commitment in it. Runs in the demo-data context
 * (the same annotations as {@code DemoDataTest}, so the context is shared).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.config.location=classpath:/",
            "kokreation.demo-data.enabled=true",
            "spring.datasource.url=jdbc:h2:mem:demo-data;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles(resolver = TestProfiles.class)
@Order(Integer.MAX_VALUE)
@Tag("browser")
class DemoExportBrowserTest extends BrowserTest {

    @Test
    void theDemoCoordinatorDownloadsTheDraftsAsDocx() throws IOException {
        Page page = browser.newPage(1280, 900);
        logIn(page, DemoAccounts.COORDINATOR, DemoAccounts.PASSWORD);
        page.navigate(base() + "/konsultationen/nrw-2018");
        page.locator("#consultation-export").click();
        assertThat(page.locator("h1")).containsText("Export: Regionalkonsultation Nordrhein-Westfalen 2018");

        // One draft fewer: untick the last one.
        page.locator("#export-draft-choice vaadin-checkbox").last().click();
        page.locator("#export-drafts-docx-start").click();
        // made in the background; the download appears by push, without another click
        Download download = page.waitForDownload(
                () -> page.locator("#export-drafts-docx-download").click());

        assertThat(download.suggestedFilename()).isEqualTo("nrw-2018-verpflichtungen.docx");
        try (InputStream file = Files.newInputStream(download.path());
                XWPFDocument document = new XWPFDocument(file)) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text)
                    .contains(
                            "Entwürfe der Verpflichtungen",
                            "Regionalkonsultation Nordrhein-Westfalen 2018",
                            "1 Offene Daten verbindlich machen",
                            "5 Innovationslabor für offene Verwaltungsdienste",
                            "Meilensteine",
                            "Federführendes Ressort")
                    .doesNotContain("6 Open-Government-Kompetenzen");
            assertThat(document.getParagraphs())
                    .filteredOn(paragraph -> "Heading1".equals(paragraph.getStyle()))
                    .hasSize(5);
        }

        // Nothing ticked: the start buttons are off and the page says why.
        page.locator("#export-draft-choice vaadin-checkbox").all().forEach(box -> {
            if (box.getAttribute("checked") != null) {
                box.click();
            }
        });
        assertThat(page.locator("#export-nothing-chosen")).isVisible();
        assertThat(page.locator("#export-drafts-docx-start")).hasAttribute("disabled", "");
        assertThat(page.locator("#export-drafts-pdf-start")).hasAttribute("disabled", "");
    }
}
