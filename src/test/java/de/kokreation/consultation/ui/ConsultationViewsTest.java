package de.kokreation.consultation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.DomainNotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ConsultationViewsTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void theStartPageListsConsultationsWithPhaseAndTimeline() {
        ConsultationDetails collecting = fixtures.collectingConsultation();

        navigate(ConsultationListView.class);

        Anchor link =
                $(Anchor.class).withText(collecting.consultation().title()).single();
        assertThat(link.getHref())
                .isEqualTo(Permalinks.consultation(collecting.consultation().slug()));
        assertThat($(Span.class).withText("Phase: Vorschläge sammeln").exists()).isTrue();
        assertThat($(ListItem.class).withAttribute("aria-current", "step").exists())
                .isTrue();
        assertThat($(H1.class).single().getText()).isEqualTo("Konsultationen");
    }

    @Test
    void aConsultationShowsItsThemeGroupsWithProposalCounts() {
        ConsultationDetails details = fixtures.collectingConsultation();
        ThemeGroupSummary openData = details.themeGroups().getFirst();
        fixtures.proposal(openData, fixtures.citizen(), "Offene Geodaten für alle");

        navigate(Permalinks.consultation(details.consultation().slug()).substring(1), ConsultationView.class);

        assertThat($(H1.class).single().getText())
                .isEqualTo(details.consultation().title());
        Anchor groupLink = $(Anchor.class).withText("Offene Daten").single();
        assertThat(groupLink.getHref())
                .isEqualTo(Permalinks.themeGroup(details.consultation().slug(), "offene-daten"));
        assertThat($(Span.class).withText("1 Vorschlag").exists()).isTrue();
        assertThat($(Span.class).withText("Noch keine Vorschläge").exists()).isTrue();
    }

    @Test
    void anUnknownConsultationGetsAFriendlyNotFoundPage() {
        navigate("konsultationen/gibt-es-nicht", DomainNotFoundView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Seite nicht gefunden");
    }
}
