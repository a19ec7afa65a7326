package de.kokreation;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.kokreation.notification.MailText;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;

/**
 * A real SMTP server (GreenMail) for the tests, on the port the application sends to. It can be
 * stopped and started to play an SMTP outage. Tests look only at mails to their own unique
 * addresses, so the shared server needs no clean-up between tests.
 */
public class TestMailServer implements DisposableBean {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final int port;
    private GreenMail greenMail;

    TestMailServer(@Value("${spring.mail.port}") int port) {
        this.port = port;
        this.greenMail = started();
    }

    private GreenMail started() {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    public synchronized void stop() {
        greenMail.stop();
    }

    public synchronized void start() {
        greenMail = started();
    }

    /** Waits until {@code count} mails to {@code address} arrived and returns them. */
    public List<MimeMessage> awaitMailsTo(String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mails = mailsTo(address);
            if (mails.size() >= count) {
                return mails;
            }
            sleep(100);
        }
        throw new AssertionError("expected " + count + " mail(s) to " + address + ", got "
                + mailsTo(address).size());
    }

    /** The first mail to {@code address} that matches, waiting for it (other mails may come before). */
    public MimeMessage awaitMailTo(String address, Predicate<MimeMessage> matching) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            var found = mailsTo(address).stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            sleep(100);
        }
        throw new AssertionError(
                "no matching mail to " + address + " among " + mailsTo(address).size());
    }

    public MimeMessage awaitMailTo(String address) {
        return awaitMailsTo(address, 1).getFirst();
    }

    /** The mails to {@code address} received so far (waits a moment so late mails show up). */
    public List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(mail -> isTo(mail, address))
                .toList();
    }

    public List<MimeMessage> mailsToAfterQuietPeriod(String address) {
        sleep(1500);
        return mailsTo(address);
    }

    public static String text(MimeMessage mail) {
        try {
            return MailText.plainText(mail);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String html(MimeMessage mail) {
        try {
            return MailText.html(mail);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first link in the mail's text. */
    public static String firstLink(MimeMessage mail) {
        Matcher matcher = LINK.matcher(text(mail));
        if (!matcher.find()) {
            throw new AssertionError("no link in mail: " + text(mail));
        }
        return matcher.group();
    }

    private static boolean isTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        greenMail.stop();
    }
}
