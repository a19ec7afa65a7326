package de.kokreation.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server inside the application (GreenMail) for the embedded default: the app sends
 * its mails to it like to any SMTP server, and admins read them at {@code /admin/mails}. Keeps
 * mails in memory only. Off as soon as the operator configures a real SMTP server.
 */
@Component
@ConditionalOnProperty(name = "kokreation.mail.embedded-sink.enabled", havingValue = "true")
public class EmbeddedMailSink implements CapturedMails, DisposableBean {

    private final GreenMail greenMail;

    EmbeddedMailSink(
            @Value("${spring.mail.port}") int port,
            @Value("${kokreation.mail.embedded-sink.bind-address:127.0.0.1}") String bindAddress) {
        this.greenMail = new GreenMail(new ServerSetup(port, bindAddress, ServerSetup.PROTOCOL_SMTP));
        this.greenMail.start();
    }

    @Override
    public List<CapturedMail> newestFirst() {
        List<CapturedMail> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            mails.add(toCaptured(message));
        }
        mails.sort(Comparator.comparing(CapturedMail::receivedAt).reversed());
        return mails;
    }

    static CapturedMail toCaptured(MimeMessage message) {
        try {
            Instant received = message.getReceivedDate() != null
                    ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.now();
            String to = String.join(
                    ", ",
                    Arrays.stream(message.getAllRecipients())
                            .map(Object::toString)
                            .toList());
            return new CapturedMail(received, to, message.getSubject(), MailText.plainText(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("captured mail unreadable", e);
        }
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }
}
