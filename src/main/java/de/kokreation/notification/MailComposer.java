package de.kokreation.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Sends one mail as plain text with an HTML alternative derived from it (paragraphs, links). */
@Component
class MailComposer {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final JavaMailSender mailSender;
    private final String from;
    private final String baseUrl;

    MailComposer(
            JavaMailSender mailSender,
            @Value("${kokreation.mail.from:Kokreation <noreply@kokreation.example>}") String from,
            @Value("${kokreation.public-base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    void send(String to, MailTemplates.Rendered mail) {
        send(to, mail, null);
    }

    /**
     * Sends news that the recipient chose to receive: with {@code List-Unsubscribe} and
     * {@code List-Unsubscribe-Post} (RFC 2369, RFC 8058), so that the mail program offers to stop
     * it with one click, which POSTs to the signed link without opening anything.
     */
    void send(String to, MailTemplates.Rendered mail, @org.jspecify.annotations.Nullable String unsubscribeLink) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), html(mail.text(), baseUrl));
            if (unsubscribeLink != null) {
                message.setHeader("List-Unsubscribe", "<" + unsubscribeLink + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            mailSender.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("mail could not be composed", e);
        }
    }

    /**
     * The HTML alternative. Only links into the platform become clickable: text that users chose
     * (names, titles) cannot smuggle a link to elsewhere into a mail from the platform's sender.
     */
    static String html(String text, String baseUrl) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String escaped = HtmlUtils.htmlEscape(paragraph.strip(), StandardCharsets.UTF_8.name());
            Matcher links = LINK.matcher(escaped);
            StringBuilder linked = new StringBuilder();
            while (links.find()) {
                String url = links.group();
                links.appendReplacement(
                        linked,
                        Matcher.quoteReplacement(
                                isOwnLink(url, baseUrl) ? "<a href=\"" + url + "\">" + url + "</a>" : url));
            }
            links.appendTail(linked);
            html.append("<p>").append(linked.toString().replace("\n", "<br>")).append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    /**
     * Whether the address leads into the platform: same scheme, host and port as the public base
     * address, under its path, and no user part. A prefix test is not enough:
     * {@code http://localhost:8080@evil.example/} starts like the base address but goes to
     * {@code evil.example}.
     */
    static boolean isOwnLink(String url, String baseUrl) {
        try {
            URI link = new URI(url);
            URI base = new URI(baseUrl);
            if (base.getScheme() == null || base.getHost() == null) {
                return false;
            }
            String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
            String path = link.getRawPath() == null ? "" : link.getRawPath();
            return link.getRawUserInfo() == null
                    && link.getHost() != null
                    && base.getScheme().equalsIgnoreCase(link.getScheme())
                    && base.getHost().equalsIgnoreCase(link.getHost())
                    && port(base) == port(link)
                    && (path.equals(basePath) || path.startsWith(basePath + "/"));
        } catch (URISyntaxException notAnAddress) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
