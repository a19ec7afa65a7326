package de.kokreation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftService;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * German pages say everything in German, also the texts that Vaadin's components bring along
 * (date picker, password reveal button): the rendered text and accessible names, shadow roots
 * included, are scanned for English words.
 */
@IntegrationTest
@Tag("browser")
class ComponentTextsBrowserTest extends BrowserTest {

    /** Words of the components' English defaults that no German page may show or announce. */
    private static final List<String> ENGLISH =
            List.of("Show password", "Today", "Cancel", "January", "December", "Monday", "Sunday", "Mon", "Sun");

    /** Every text and accessible name in the document, including the components' shadow roots. */
    private static final String ALL_TEXTS = """
            () => {
              const texts = [];
              const walk = root => {
                root.querySelectorAll('*').forEach(element => {
                  for (const attribute of ['aria-label', 'title', 'placeholder']) {
                    if (element.getAttribute(attribute)) texts.push(element.getAttribute(attribute));
                  }
                  if (element.shadowRoot) walk(element.shadowRoot);
                });
                root.childNodes.forEach(node => { if (node.nodeType === 3 && node.textContent.trim()) texts.push(node.textContent.trim()); });
                root.querySelectorAll('*').forEach(element => element.childNodes.forEach(node => {
                  if (node.nodeType === 3 && node.textContent.trim()) texts.push(node.textContent.trim());
                }));
              };
              walk(document);
              return texts;
            }""";

    @Autowired
    Fixtures fixtures;

    @Autowired
    DraftService drafts;

    @Test
    void loginRegistrationAndTheDraftEditorsDatePickerSpeakGerman() {
        Page page = browser.newPage(1280, 900);
        page.navigate(base() + "/anmelden");
        page.locator("vaadin-password-field").first().waitFor();
        page.waitForTimeout(300);
        assertNoEnglish(page, "login");
        assertThat(page.locator("vaadin-password-field [slot=reveal]").first().getAttribute("aria-label"))
                .isEqualTo("Passwort anzeigen");

        page.navigate(base() + "/registrieren");
        page.locator("vaadin-password-field").first().waitFor();
        page.waitForTimeout(300);
        assertNoEnglish(page, "registration");

        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount lead = fixtures.leadOf(group, "Leitung Datum");
        long draft = fixtures.as(lead, () -> drafts.create(group.id(), DraftContent.titled("Entwurf mit Daten")));
        logIn(page, lead.email(), Fixtures.PASSWORD);
        page.navigate(base() + "/entwuerfe/" + draft + "/bearbeiten");
        page.locator("#draft-start input").click();
        page.locator("vaadin-date-picker-overlay[opened]").waitFor();
        page.waitForTimeout(500);
        BrowserSession.screenshot(page, "component-texts-date-picker-de");
        String overlay = String.join(" ", texts(page));
        assertThat(overlay).contains("Heute").contains("Abbrechen");
        assertThat(overlay)
                .containsAnyOf(
                        "Januar",
                        "Februar",
                        "März",
                        "April",
                        "Mai",
                        "Juni",
                        "Juli",
                        "August",
                        "September",
                        "Oktober",
                        "November",
                        "Dezember");
        assertNoEnglish(page, "date picker");
        // the week starts on Monday
        Object firstWeekday = page.evaluate(
                "() => { const o = document.querySelector('vaadin-date-picker');" + " return o.i18n.firstDayOfWeek; }");
        assertThat(((Number) firstWeekday).intValue()).isOne();
    }

    private static List<String> texts(Page page) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) page.evaluate(ALL_TEXTS);
        return texts;
    }

    private static void assertNoEnglish(Page page, String where) {
        for (String text : texts(page)) {
            for (String word : ENGLISH) {
                assertThat(text.matches("(?s).*\\b" + word + "\\b.*"))
                        .as("%s shows English \"%s\" in \"%s\"", where, word, text)
                        .isFalse();
            }
        }
    }
}
