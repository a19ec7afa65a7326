package de.kokreation.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SearchViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void theSearchLivesInTheAddressAndMarksWhatItFound() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        fixtures.proposal(group, author, "Informationsfreiheitsgesetz für alle Kommunen");
        fixtures.proposal(group, author, "Radwege an Schulen");

        UI.getCurrent()
                .navigate(
                        "suche",
                        QueryParameters.simple(
                                Map.of("q", "Informationsfreiheit", "konsultation", group.consultationSlug())));

        assertThat($(H2.class).id("search-count").getText()).isEqualTo("1 Treffer für „Informationsfreiheit“");
        Element hits = results();
        assertThat(hits.select("article h3 a").eachText())
                .containsExactly("Informationsfreiheitsgesetz für alle Kommunen");
        assertThat(hits.select("article h3 .kk-search-kind").text()).startsWith("Vorschlag");
        assertThat(hits.select("article h3 a").attr("href")).startsWith("/vorschlaege/");

        TextField text = $(TextField.class).id("search-text");
        test(text).setValue("Schule");
        test($(Button.class).id("search-submit")).click();

        assertThat(results().select("article h3 a").eachText()).containsExactly("Radwege an Schulen");
        assertThat(results().select("article h3 a mark").eachText()).containsExactly("Schulen");
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .contains("q=Schule")
                .contains("konsultation=" + group.consultationSlug());
    }

    @Test
    void anEmptyOrStopWordSearchExplainsItself() {
        UI.getCurrent().navigate("suche");
        assertThat($(Paragraph.class).withTextContaining("Haushaltsdaten").exists())
                .isTrue();

        UI.getCurrent().navigate("suche", QueryParameters.simple(Map.of("q", "und der")));
        assertThat($(Paragraph.class)
                        .withTextContaining("aussagekräftigeres Wort")
                        .exists())
                .isTrue();
    }

    @Test
    void theHeaderSearchFieldLeadsToTheSearchPage() {
        UI.getCurrent().navigate("");
        TextField field = $(TextField.class).id("site-search");
        test(field).setValue("Radwege");
        test($(Button.class).id("site-search-submit")).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("suche?q=Radwege");
    }

    private Element results() {
        String list = $(Html.class).all().stream()
                .map(Html::getInnerHtml)
                .filter(html -> html.contains("kk-card"))
                .findFirst()
                .orElse("");
        return Jsoup.parseBodyFragment("<ol>" + list + "</ol>");
    }
}
