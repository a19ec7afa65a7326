package de.kokreation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.TestMailServer;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationEdit;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.consultation.Timeline;
import de.kokreation.proposal.CommentService;
import de.kokreation.shell.Formats;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class NotificationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    CommentService comments;

    @Autowired
    NotificationSettings settings;

    @Autowired
    TestMailServer mail;

    @Autowired
    DailyDigest digest;

    @Autowired
    ParticipationNews news;

    @Autowired
    ConsultationAdministration administration;

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void theAuthorHearsOfCommentsAndTheCommenterOfReplies() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        UserAccount commenter = fixtures.citizen();
        UserAccount replier = fixtures.citizen();
        long proposal = fixtures.proposal(group, author, "Offene Wahlergebnisse");

        long comment = fixtures.as(commenter, () -> comments.post(proposal, null, "Gute Idee"));
        MimeMessage toAuthor = mail.awaitMailTo(author.email());
        assertThat(TestMailServer.subject(toAuthor))
                .isEqualTo("Neuer Kommentar zu Ihrem Vorschlag „Offene Wahlergebnisse“");
        assertThat(TestMailServer.firstLink(toAuthor))
                .isEqualTo("https://kokreation.test/vorschlaege/" + proposal + "#comment-" + comment);

        fixtures.as(replier, () -> comments.post(proposal, comment, "Finde ich auch"));
        MimeMessage toCommenter = mail.awaitMailTo(commenter.email());
        assertThat(TestMailServer.subject(toCommenter))
                .isEqualTo("Neue Antwort auf Ihren Kommentar zu „Offene Wahlergebnisse“");
        assertThat(mail.awaitMailsTo(author.email(), 2)).hasSize(2);
        // Nobody hears of their own comment.
        fixtures.as(author, () -> comments.post(proposal, null, "Danke!"));
        assertThat(mail.mailsToAfterQuietPeriod(author.email())).hasSize(2);
        assertThat(mail.mailsTo(replier.email())).isEmpty();
    }

    @Test
    void offMeansNoMailAndTheDigestCollectsTheDayInOneMail() {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        UserAccount quiet = fixtures.citizen();
        long first = fixtures.proposal(group, author, "Erster Vorschlag für die Zusammenfassung");
        long second = fixtures.proposal(group, author, "Zweiter Vorschlag für die Zusammenfassung");
        long quietOnes = fixtures.proposal(group, quiet, "Vorschlag ohne Benachrichtigung");
        fixtures.as(author, () -> {
            settings.change(NotificationKind.PROPOSAL_COMMENT, Delivery.DAILY_DIGEST);
            return null;
        });
        fixtures.as(quiet, () -> {
            settings.change(NotificationKind.PROPOSAL_COMMENT, Delivery.OFF);
            return null;
        });
        UserAccount commenter = fixtures.citizen();

        fixtures.as(commenter, () -> comments.post(first, null, "Eins"));
        fixtures.as(commenter, () -> comments.post(second, null, "Zwei"));
        fixtures.as(commenter, () -> comments.post(quietOnes, null, "Drei"));
        assertThat(mail.mailsToAfterQuietPeriod(author.email())).isEmpty();

        digest.sendAll();

        List<MimeMessage> digests = mail.awaitMailsTo(author.email(), 1);
        assertThat(TestMailServer.subject(digests.getFirst()))
                .isEqualTo("Ihre Neuigkeiten bei Kokreation (2 Nachrichten)");
        assertThat(TestMailServer.text(digests.getFirst()))
                .contains("Neuer Kommentar zu Ihrem Vorschlag „Erster Vorschlag für die Zusammenfassung“")
                .contains("Neuer Kommentar zu Ihrem Vorschlag „Zweiter Vorschlag für die Zusammenfassung“");
        digest.sendAll();
        assertThat(mail.mailsToAfterQuietPeriod(author.email())).hasSize(1);
        assertThat(mail.mailsTo(quiet.email())).isEmpty();
    }

    @Test
    void participantsHearOfANewPhaseOnce() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        UserAccount participant = fixtures.citizen();
        fixtures.proposal(consultation.themeGroups().getFirst(), participant, "Vorschlag vor dem Phasenwechsel");
        news.announceNewPhases();
        assertThat(mail.mailsToAfterQuietPeriod(participant.email())).isEmpty();

        LocalDate today = LocalDate.now(Formats.ZONE);
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.ADMIN));
        fixtures.as(admin, () -> {
            administration.updateConsultation(
                    consultation.consultation().id(),
                    new ConsultationEdit(
                            consultation.consultation().title(),
                            "Testland",
                            "",
                            new Timeline(
                                    today.minusDays(30),
                                    today.minusDays(20),
                                    today.minusDays(1),
                                    today.plusDays(20),
                                    today.plusDays(40))));
            return null;
        });
        news.announceNewPhases();
        news.announceNewPhases();

        List<MimeMessage> mails = mail.awaitMailsTo(participant.email(), 1);
        assertThat(TestMailServer.subject(mails.getFirst()))
                .isEqualTo("„" + consultation.consultation().title() + "“: neue Phase „Verdichtung“");
        assertThat(mail.mailsToAfterQuietPeriod(participant.email())).hasSize(1);
    }
}
