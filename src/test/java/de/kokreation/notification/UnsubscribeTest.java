package de.kokreation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.TestMailServer;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.CommentService;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One-click unsubscribe (RFC 8058) as a mail program does it: the notification and the digest
 * carry {@code List-Unsubscribe} with a signed link and {@code List-Unsubscribe-Post}; a POST to
 * the link without session or cookie stops that kind of mail, opening the link only asks, and a
 * link whose signature is not ours stops nothing.
 */
@IntegrationTest
@Tag("database")
class UnsubscribeTest {

    @LocalServerPort
    int port;

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

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void aNotificationIsStoppedWithOneClickFromTheMailProgram() throws Exception {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long proposal = fixtures.proposal(group, author, "Offene Sitzungsprotokolle der Gemeinderäte");
        fixtures.as(fixtures.citizen(), () -> comments.post(proposal, null, "Unbedingt"));

        MimeMessage notification = mail.awaitMailTo(author.email());
        String link = unsubscribeLink(notification);
        assertThat(link).startsWith("https://kokreation.test/benachrichtigungen/abbestellen/");
        assertThat(notification.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(TestMailServer.text(notification))
                .contains("https://kokreation.test/profil#benachrichtigungen")
                .contains(link);

        HttpResponse<String> asked = send(link, "GET");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Kommentare zu meinen Vorschlägen").contains("<form method=\"post\"");
        assertThat(delivery(author, NotificationKind.PROPOSAL_COMMENT))
                .as("opening the link changes nothing")
                .isEqualTo(Delivery.IMMEDIATELY);

        String forged = link.substring(0, link.lastIndexOf('.') + 1) + "AAAAAAAAAAAAAAAAAAAAAA";
        assertThat(send(forged, "POST").statusCode()).isEqualTo(404);
        String otherAccount = link.replaceFirst("/abbestellen/\\d+\\.", "/abbestellen/" + (author.id() + 1) + ".");
        assertThat(send(otherAccount, "POST").statusCode()).isEqualTo(404);
        assertThat(delivery(author, NotificationKind.PROPOSAL_COMMENT)).isEqualTo(Delivery.IMMEDIATELY);

        HttpResponse<String> stopped = send(link, "POST");
        assertThat(stopped.statusCode()).isEqualTo(200);
        assertThat(stopped.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(delivery(author, NotificationKind.PROPOSAL_COMMENT)).isEqualTo(Delivery.OFF);
        assertThat(delivery(author, NotificationKind.COMMENT_REPLY))
                .as("other kinds stay")
                .isEqualTo(Delivery.IMMEDIATELY);
    }

    @Test
    void theDigestsLinkStopsEveryKindThatWentIntoIt() throws Exception {
        ThemeGroupSummary group = fixtures.collectingThemeGroup();
        UserAccount author = fixtures.citizen();
        long proposal = fixtures.proposal(group, author, "Offene Vergabedaten für alle Kommunen");
        fixtures.as(author, () -> {
            settings.change(NotificationKind.PROPOSAL_COMMENT, Delivery.DAILY_DIGEST);
            settings.change(NotificationKind.NEW_PHASE, Delivery.DAILY_DIGEST);
            return null;
        });
        fixtures.as(fixtures.citizen(), () -> comments.post(proposal, null, "Sehr gut"));
        // the news reaches the digest after the comment's transaction: wait until it has
        assertThat(mail.mailsToAfterQuietPeriod(author.email())).isEmpty();
        digest.sendAll();

        MimeMessage summary = mail.awaitMailTo(author.email());
        send(unsubscribeLink(summary), "POST");

        assertThat(delivery(author, NotificationKind.PROPOSAL_COMMENT)).isEqualTo(Delivery.OFF);
        assertThat(delivery(author, NotificationKind.NEW_PHASE)).isEqualTo(Delivery.OFF);
        assertThat(delivery(author, NotificationKind.COMMENT_REPLY)).isEqualTo(Delivery.IMMEDIATELY);
    }

    private Delivery delivery(UserAccount account, NotificationKind kind) {
        return settings.settingsOf(account.id()).get(kind);
    }

    private static String unsubscribeLink(MimeMessage message) throws Exception {
        String[] header = message.getHeader("List-Unsubscribe");
        assertThat(header).hasSize(1);
        assertThat(header[0]).startsWith("<").endsWith(">");
        return header[0].substring(1, header[0].length() - 1);
    }

    /** Sends to the link on this test's server, as RFC 8058 prescribes for the POST. */
    private HttpResponse<String> send(String link, String method) throws Exception {
        URI local = URI.create("http://localhost:" + port + URI.create(link).getRawPath());
        HttpRequest.Builder request = HttpRequest.newBuilder(local);
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"));
        } else {
            request.GET();
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
