package de.kokreation.notification;

import java.time.Instant;
import java.util.List;

/** The mails the embedded SMTP sink received, for the admin page. */
public interface CapturedMails {

    List<CapturedMail> newestFirst();

    /** One received mail, its plain-text part. */
    record CapturedMail(Instant receivedAt, String to, String subject, String text) {}
}
