package de.kokreation.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A piece of news waiting for its recipient's daily digest, worded in both languages. */
@Entity
@Table(name = "notification_digest_item")
class DigestItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private NotificationKind kind;

    @Column(name = "text_de", nullable = false, length = 2000, updatable = false)
    private String textGerman;

    @Column(name = "text_en", nullable = false, length = 2000, updatable = false)
    private String textEnglish;

    @Column(nullable = false, length = 500, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected DigestItem() {
        this.kind = NotificationKind.COMMENT_REPLY;
        this.textGerman = "";
        this.textEnglish = "";
        this.link = "";
        this.createdAt = Instant.EPOCH;
    }

    DigestItem(
            long accountId,
            NotificationKind kind,
            String textGerman,
            String textEnglish,
            String link,
            Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.textGerman = cut(textGerman);
        this.textEnglish = cut(textEnglish);
        this.link = link;
        this.createdAt = createdAt;
    }

    private static String cut(String text) {
        return text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
    }

    long accountId() {
        return accountId;
    }

    String text(Locale locale) {
        return "en".equals(locale.getLanguage()) ? textEnglish : textGerman;
    }

    String link() {
        return link;
    }

    void markSent(Instant now) {
        this.sentAt = now;
    }
}
