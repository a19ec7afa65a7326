package de.kokreation.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.moderation.ContentModeration;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.ResponseService;
import de.kokreation.shared.Permalinks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ThemeGroupViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void listsTheFirstPageAndLinksToTheNext() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        for (int i = 1; i <= 25; i++) {
            fixtures.proposal(group, author, "Vorschlag Nummer " + i);
        }

        navigate(path(group), ThemeGroupView.class);

        assertThat($(H2.class).id("proposal-count").getText()).isEqualTo("25 Vorschläge");
        assertThat(titles()).hasSize(ThemeGroupView.PAGE_SIZE);
        assertThat($(Anchor.class).id("pagination-next").getHref()).endsWith("?seite=2");
        assertThat($(Anchor.class).id("new-proposal").getHref())
                .isEqualTo(Permalinks.newProposal(group.consultationSlug(), group.slug()));
    }

    @Test
    void sortAndSearchLiveInTheAddress() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        fixtures.proposal(group, author, "Haushaltsdaten offenlegen");
        fixtures.proposal(group, author, "Lobbyregister einführen");
        fixtures.proposal(group, author, "Haushaltsplan als Grafik");

        UI.getCurrent()
                .navigate(path(group), QueryParameters.simple(Map.of("sortierung", "neueste", "suche", "haushalt")));

        assertThat(titles()).containsExactly("Haushaltsplan als Grafik", "Haushaltsdaten offenlegen");
        assertThat($(H2.class).id("proposal-count").getText()).isEqualTo("2 Vorschläge zu „haushalt“");

        TextField search = $(TextField.class).id("proposal-search");
        test(search).setValue("lobby");
        test($(Button.class).id("proposal-search-submit")).click();

        assertThat(titles()).containsExactly("Lobbyregister einführen");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("suche=lobby")
                .contains("sortierung=neueste");
    }

    @Test
    void aClosedThemeGroupOffersNoSubmitButton() {
        ThemeGroupSummary group = fixtures.closedConsultation().themeGroups().getFirst();

        navigate(path(group), ThemeGroupView.class);

        assertThat($(Anchor.class).withId("new-proposal").exists()).isFalse();
        assertThat($(Paragraph.class)
                        .withTextContaining("keine Vorschläge eingereicht")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class)
                        .withText("In dieser Themengruppe gibt es noch keine Vorschläge.")
                        .exists())
                .isTrue();
    }

    @Test
    void everyCardSaysWhatBecameOfTheProposalAndTheOutcomeFilterLivesInTheAddress() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long adopted = fixtures.proposal(group, author, "Übernommener Vorschlag");
        fixtures.proposal(group, author, "Offener Vorschlag");
        long hidden = fixtures.proposal(group, author, "Versteckte Werbung");
        UserAccount lead = fixtures.leadOf(group, "Leitung Karten");
        fixtures.as(lead, () -> {
            responses.respond(adopted, ResponseOutcome.ADOPTED, "");
            moderation.hideProposal(hidden, "Werbung");
            return null;
        });

        navigate(path(group), ThemeGroupView.class);
        assertThat(titles()).containsExactly("Offener Vorschlag", "Übernommener Vorschlag");
        assertThat($(H2.class).id("proposal-count").getText()).isEqualTo("2 Vorschläge");
        assertThat(cards().select(".kk-outcome").eachText()).containsExactly("Noch offen", "Übernommen");

        UI.getCurrent().navigate(path(group), QueryParameters.simple(Map.of("ergebnis", "unbeantwortet")));
        assertThat(titles()).containsExactly("Offener Vorschlag");
        assertThat($(H2.class).id("proposal-count").getText()).isEqualTo("1 Vorschlag – Unbeantwortet");

        UI.getCurrent().navigate(path(group), QueryParameters.simple(Map.of("suche", "werbung")));
        assertThat($(H2.class).id("proposal-count").getText()).isEqualTo("Keine Vorschläge zu „werbung“");
    }

    @Autowired
    ResponseService responses;

    @Autowired
    ContentModeration moderation;

    private Element cards() {
        return Jsoup.parseBodyFragment("<ol>" + listHtml() + "</ol>");
    }

    /** The titles in the rendered list, as the browser gets them. */
    private List<String> titles() {
        return cards().select("article.kk-card h3 a").eachText();
    }

    /** The list's items go to the browser as the list's inner HTML. */
    private String listHtml() {
        return proposalList($(ThemeGroupView.class).single().getElement())
                .map(list -> list.getProperty("innerHTML", ""))
                .orElse("");
    }

    private static Optional<com.vaadin.flow.dom.Element> proposalList(com.vaadin.flow.dom.Element element) {
        if (element.isTextNode()) {
            return Optional.empty();
        }
        if ("ol".equals(element.getTag()) && "kk-proposal-list".equals(element.getAttribute("class"))) {
            return Optional.of(element);
        }
        return element.getChildren()
                .map(ThemeGroupViewTest::proposalList)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static String path(ThemeGroupSummary group) {
        return Permalinks.themeGroup(group.consultationSlug(), group.slug()).substring(1);
    }
}
