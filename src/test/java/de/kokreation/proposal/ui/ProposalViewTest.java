package de.kokreation.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.CommentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ProposalViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CommentService comments;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void anonymousVisitorsReadEverythingAndAreInvitedToLogIn() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long proposal = fixtures.proposal(group, author, "Offene Ratsinformationssysteme");
        fixtures.as(author, () -> comments.post(proposal, null, "Ein erster Kommentar."));

        navigate("vorschlaege/" + proposal, ProposalView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Offene Ratsinformationssysteme");
        assertThat($(Span.class).id("votes-for").getText()).isEqualTo("0 dafür");
        assertThat($(Anchor.class).id("login-to-vote").getHref())
                .isEqualTo("/mitmachen?ziel=%2Fvorschlaege%2F" + proposal);
        assertThat($(Anchor.class).withId("login-to-comment").exists()).isTrue();
        assertThat($(Paragraph.class).withText("Ein erster Kommentar.").exists())
                .isTrue();
        assertThat($(Button.class).withId("vote-for").exists()).isFalse();
    }

    @Test
    void aCitizenVotesAndSeesTheCountChange() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Transparenzregister öffnen");
        fixtures.loginAs(fixtures.citizen());

        navigate("vorschlaege/" + proposal, ProposalView.class);
        test($(Button.class).id("vote-for")).click();

        Button voteFor = $(Button.class).id("vote-for");
        assertThat(voteFor.getText()).isEqualTo("Dafür (1)");
        assertThat(voteFor.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat($(Span.class).id("vote-status").getText()).isEqualTo("Sie haben dafür gestimmt.");

        test($(Button.class).id("vote-against")).click();
        assertThat($(Button.class).id("vote-for").getText()).isEqualTo("Dafür (0)");
        assertThat($(Button.class).id("vote-against").getText()).isEqualTo("Dagegen (1)");

        test($(Button.class).id("vote-withdraw")).click();
        assertThat($(Button.class).id("vote-against").getText()).isEqualTo("Dagegen (0)");
        assertThat($(Button.class).id("vote-against").getElement().getAttribute("aria-pressed"))
                .isEqualTo("false");
    }

    @Test
    void aCitizenCommentsRepliesAndDeletes() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Bürgerhaushalt für Stuttgart");
        UserAccount citizen = fixtures.citizen();
        fixtures.loginAs(citizen);

        navigate("vorschlaege/" + proposal, ProposalView.class);
        test($(TextArea.class).withLabel("Ihr Kommentar").single()).setValue("Sehr gute Idee!");
        test($(Button.class).withText("Kommentar veröffentlichen").single()).click();

        assertThat($(Paragraph.class).withText("Sehr gute Idee!").exists()).isTrue();
        assertThat($(H2.class).id("comments-heading").getText()).isEqualTo("1 Kommentar");
        assertThat($(TextArea.class).withLabel("Ihr Kommentar").single().getValue())
                .isEmpty();

        long commentId = comments.thread(proposal).getFirst().id();
        test($(Button.class).id("reply-" + commentId)).click();
        test($(TextArea.class).withLabelContaining("Ihre Antwort an").single()).setValue("Ich antworte mir selbst.");
        test($(Button.class).withText("Antwort veröffentlichen").single()).click();
        assertThat($(H2.class).id("comments-heading").getText()).isEqualTo("2 Kommentare");

        test($(Button.class).id("delete-" + commentId)).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        test(dialog).confirm();

        assertThat($(Paragraph.class).withText("Kommentar gelöscht").exists()).isTrue();
        assertThat($(Paragraph.class).withText("Ich antworte mir selbst.").exists())
                .isTrue();
        assertThat($(H2.class).id("comments-heading").getText()).isEqualTo("1 Kommentar");
    }

    @Test
    void anEmptyCommentIsRefusedAtTheField() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        long proposal = fixtures.proposal(group, fixtures.citizen(), "Leichte Sprache in Bescheiden");
        fixtures.loginAs(fixtures.citizen());

        navigate("vorschlaege/" + proposal, ProposalView.class);
        test($(Button.class).withText("Kommentar veröffentlichen").single()).click();

        TextArea field = $(TextArea.class).withLabel("Ihr Kommentar").single();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Bitte schreiben Sie einen Text.");
    }
}
