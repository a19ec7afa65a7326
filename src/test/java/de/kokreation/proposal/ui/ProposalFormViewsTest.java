package de.kokreation.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.Permalinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProposalFormViewsTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void invalidInputIsExplainedAtTheFieldAndNothingTypedIsLost() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        fixtures.loginAs(fixtures.citizen());

        navigate(newProposalPath(group), NewProposalView.class);
        TextField title = $(TextField.class).id("proposal-title");
        TextArea body = $(TextArea.class).id("proposal-body");
        test(title).setValue("Kurz");
        test(body).setValue("Zu kurz");
        test($(Button.class).id("proposal-submit")).click();

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Der Titel muss zwischen 5 und 150 Zeichen lang sein.");
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("Der Text muss zwischen 20 und 10000 Zeichen lang sein.");
        assertThat(title.getValue()).isEqualTo("Kurz");
        assertThat(body.getValue()).isEqualTo("Zu kurz");
        assertThat(title.getHelperText()).isEqualTo("4 von 150 Zeichen");
    }

    @Test
    void aValidProposalIsPublishedAndShown() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        fixtures.loginAs(fixtures.citizen());

        navigate(newProposalPath(group), NewProposalView.class);
        test($(TextField.class).id("proposal-title")).setValue("Offene Vergabedaten nach OCDS");
        test($(TextArea.class).id("proposal-body")).setValue("Alle öffentlichen Aufträge als **offene Daten**.");
        test($(Button.class).id("proposal-submit")).click();

        assertThat(getCurrentView()).isInstanceOf(ProposalView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Offene Vergabedaten nach OCDS");
    }

    @Test
    void theAuthorEditsTheirProposal() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long id = fixtures.proposal(group, author, "Erste Fassung des Titels");
        fixtures.loginAs(author);

        navigate(EditProposalView.path(id).substring(1), EditProposalView.class);
        TextField title = $(TextField.class).id("proposal-title");
        assertThat(title.getValue()).isEqualTo("Erste Fassung des Titels");
        test(title).setValue("Zweite Fassung des Titels");
        test($(Button.class).id("proposal-submit")).click();

        assertThat(getCurrentView()).isInstanceOf(ProposalView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Zweite Fassung des Titels");
    }

    @Test
    void someoneElseCannotEditTheProposal() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long id = fixtures.proposal(group, fixtures.citizen(), "Fremder Vorschlag hier");
        fixtures.loginAs(fixtures.citizen());

        navigate(EditProposalView.path(id).substring(1), EditProposalView.class);

        assertThat($(TextField.class).withId("proposal-title").exists()).isFalse();
        assertThat($(Paragraph.class)
                        .withText("Diesen Vorschlag können Sie nicht (mehr) bearbeiten.")
                        .exists())
                .isTrue();
    }

    private static String newProposalPath(ThemeGroupSummary group) {
        return Permalinks.newProposal(group.consultationSlug(), group.slug()).substring(1);
    }
}
