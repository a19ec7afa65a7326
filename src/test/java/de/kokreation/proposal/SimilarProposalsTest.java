package de.kokreation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.moderation.ContentModeration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * While a person writes, the proposals of the same consultation that ask for the same thing are
 * found in other words and forms, across theme groups; proposals that only share common words
 * are not, nor hidden ones; any text gives hints or none, never an error.
 */
@IntegrationTest
@Tag("database")
class SimilarProposalsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    SimilarProposals similar;

    @Autowired
    ContentModeration moderation;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    private long propose(ThemeGroupSummary group, UserAccount author, String title, String body) {
        return fixtures.as(author, () -> proposals.submit(group.id(), new ProposalDraft(title, body)));
    }

    private List<String> hints(ThemeGroupSummary group, String title, String body) {
        return similar.whileWriting(group.id(), title, body).stream()
                .map(SimilarProposals.Hint::title)
                .toList();
    }

    /** An open-data consultation in which "Daten" and "öffnen" are everywhere. */
    private ConsultationDetails openDataConsultation(UserAccount author) {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary data = consultation.themeGroups().get(0);
        ThemeGroupSummary transparency = consultation.themeGroups().get(1);
        propose(
                data,
                author,
                "Umweltdaten öffnen",
                "Messdaten zu Luft, Lärm und Wasser als offene Daten bereitstellen.");
        propose(data, author, "Haushaltsdaten öffnen", "Alle Daten des Haushalts maschinenlesbar öffnen, jedes Jahr.");
        propose(data, author, "Geodaten öffnen", "Karten und Daten der Vermessung kostenlos öffnen.");
        propose(data, author, "Schuldaten öffnen", "Daten zu Schulen, Klassengrößen und Unterrichtsausfall öffnen.");
        propose(
                data,
                author,
                "Fahrpläne als offene Daten",
                "Die Verkehrsbetriebe sollen Fahrpläne und Verspätungen in Echtzeit veröffentlichen.");
        propose(
                transparency,
                author,
                "Lobbyregister einführen",
                "Jedes Treffen mit Lobbyisten soll öffentlich eingetragen werden.");
        propose(
                transparency,
                author,
                "Verträge der Stadt veröffentlichen",
                "Verträge ab 10.000 Euro sollen im Netz stehen.");
        return consultation;
    }

    @Test
    void aParaphraseIsFoundAndANearMissIsNot() {
        UserAccount author = fixtures.citizen();
        ConsultationDetails consultation = openDataConsultation(author);
        ThemeGroupSummary data = consultation.themeGroups().get(0);

        assertThat(hints(data, "Echtzeitdaten von Bus und Bahn", "Fahrpläne und Verspätungen offenlegen."))
                .first()
                .isEqualTo("Fahrpläne als offene Daten");
        assertThat(hints(data, "Verkehrsdaten öffnen", "")).doesNotContain("Umweltdaten öffnen", "Geodaten öffnen");
        assertThat(hints(data, "Umweltdaten öffnen", "")).containsExactly("Umweltdaten öffnen");
    }

    @Test
    void proposalsOfOtherThemeGroupsAreFoundAndMarkedAsSuch() {
        UserAccount author = fixtures.citizen();
        ConsultationDetails consultation = openDataConsultation(author);
        ThemeGroupSummary data = consultation.themeGroups().get(0);

        List<SimilarProposals.Hint> found =
                similar.whileWriting(data.id(), "Register für Lobbyisten", "Treffen mit Lobbyisten offenlegen.");
        assertThat(found).extracting(SimilarProposals.Hint::title).containsExactly("Lobbyregister einführen");
        assertThat(found.getFirst().otherThemeGroup()).isTrue();
        assertThat(found.getFirst().themeGroupName())
                .isEqualTo(consultation.themeGroups().get(1).name());
        assertThat(found.getFirst().outcome()).isNull();
    }

    @Test
    void hiddenProposalsAndOtherConsultationsAreNeverShown() {
        UserAccount author = fixtures.citizen();
        ConsultationDetails consultation = openDataConsultation(author);
        ThemeGroupSummary data = consultation.themeGroups().get(0);
        ThemeGroupSummary elsewhere = fixtures.collectingThemeGroup();
        propose(elsewhere, author, "Billige Uhren kaufen", "Werbung für billige Uhren und Schmuck.");
        long hidden = propose(data, author, "Billige Uhren kaufen", "Werbung für billige Uhren und Schmuck.");
        UserAccount lead = fixtures.leadOf(data, "Leitung Hinweise");
        fixtures.as(lead, () -> {
            moderation.hideProposal(hidden, "Werbung");
            return null;
        });

        assertThat(hints(data, "Billige Uhren", "Uhren und Schmuck kaufen")).isEmpty();
    }

    @Test
    void anyTextGivesHintsOrNoneNeverAnError() {
        UserAccount author = fixtures.citizen();
        ConsultationDetails consultation = openDataConsultation(author);
        ThemeGroupSummary data = consultation.themeGroups().get(0);

        assertThat(hints(data, "Da", "")).isEmpty();
        assertThat(hints(data, "", "")).isEmpty();
        assertThat(hints(data, "der die das und oder", "")).isEmpty();
        assertThat(hints(data, "' OR 1=1 -- \"Fahr*\" & | ! <-> :* 😀", "title:(x) AND body:[a TO z]"))
                .isNotNull();
        String longText = "Fahrpläne in Echtzeit veröffentlichen 😀 ".repeat(400);
        assertThat(hints(data, longText, longText)).contains("Fahrpläne als offene Daten");
    }
}
