package de.kokreation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.shell.MessageBundles;
import java.net.ServerSocket;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The embedded default's SMTP sink takes mails like any SMTP server and lists them for admins. */
class EmbeddedMailSinkTest {

    @Test
    void capturesWhatTheApplicationSends() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedMailSink sink = new EmbeddedMailSink(port, "127.0.0.1");
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(port);
            MailComposer composer =
                    new MailComposer(sender, "Kokreation <noreply@kokreation.example>", "http://localhost:8080");
            composer.send(
                    "jana@test.example",
                    new MailTemplates(MessageBundles.create())
                            .render(
                                    "confirm",
                                    Locale.GERMAN,
                                    "Jana",
                                    "http://localhost:8080/registrieren/bestaetigen?token=abc"));

            assertThat(sink.newestFirst()).singleElement().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo("jana@test.example");
                assertThat(mail.subject()).isEqualTo("Bitte bestätigen Sie Ihre Registrierung bei Kokreation");
                assertThat(mail.text())
                        .contains("http://localhost:8080/registrieren/bestaetigen?token=abc")
                        .startsWith("Hallo,");
            });
        } finally {
            sink.destroy();
        }
    }
}
