package de.kokreation.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftService;
import de.kokreation.proposal.CommentService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Controls have names that say what they act on (WCAG 2.4.6, 4.1.2), checked in the accessibility
 * tree the browser builds, not only by axe: no two buttons or fields of a page share a name.
 */
@IntegrationTest
@Tag("browser")
class AccessibleNamesBrowserTest extends BrowserTest {

    private static final Pattern CONTROL = Pattern.compile("- '?(button|textbox|combobox) \"([^\"]*)\"");

    @Autowired
    Fixtures fixtures;

    @Autowired
    CommentService comments;

    @Autowired
    DraftService drafts;

    @Test
    void everyCommentsButtonsNameTheCommentAndMilestoneDatesTheirMilestone() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long proposal = fixtures.proposal(group, author, "Vorschlag mit vielen Kommentaren");
        for (String name : List.of("Anna Kommentar", "Bernd Kommentar", "Clara Kommentar")) {
            UserAccount commenter = fixtures.account(name, EnumSet.of(Role.CITIZEN));
            fixtures.as(commenter, () -> comments.post(proposal, null, "Ein Kommentar von " + name));
        }
        UserAccount lead = fixtures.leadOf(group, "Leitung Namen");
        Page page = browser.newPage(1280, 900);
        logIn(page, lead.email(), Fixtures.PASSWORD);
        page.navigate(base() + "/vorschlaege/" + proposal);
        page.locator(".kk-comment").first().waitFor();

        List<String> buttons = controls(page, "button");
        assertThat(buttons).doesNotHaveDuplicates();
        assertThat(buttons).anyMatch(name -> name.startsWith("Auf den Kommentar von Anna Kommentar vom"));
        assertThat(buttons)
                .anyMatch(name -> name.startsWith("Kommentar von Clara Kommentar vom") && name.endsWith("melden"));
        assertThat(buttons).noneMatch(name -> name.equals("Antworten") || name.equals("Melden"));

        long draft =
                fixtures.as(lead, () -> drafts.create(group.id(), DraftContent.titled("Entwurf mit Meilensteinen")));
        page.navigate(base() + "/entwuerfe/" + draft + "/bearbeiten");
        page.locator("#draft-start").waitFor();
        page.getByText("Meilenstein hinzufügen").click();
        page.getByLabel("Meilenstein 1: Ergebnis").waitFor();
        page.getByText("Meilenstein hinzufügen").click();
        page.getByLabel("Meilenstein 2: Ergebnis").waitFor();
        List<String> fields = controls(page, "combobox", "textbox");
        assertThat(fields).doesNotHaveDuplicates();
        assertThat(fields).contains("Meilenstein 1: Beginn", "Meilenstein 2: Ende");
    }

    /** The accessible names of the main region's controls of the given roles, from the browser's tree. */
    private static List<String> controls(Page page, String... roles) {
        String tree = page.locator("main").ariaSnapshot();
        List<String> names = new ArrayList<>();
        Matcher matcher = CONTROL.matcher(tree);
        while (matcher.find()) {
            if (List.of(roles).contains(matcher.group(1))) {
                names.add(matcher.group(2));
            }
        }
        assertThat(names).isNotEmpty();
        return names;
    }
}
