package de.kokreation.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A single-use secret sent by mail (confirm registration, reset password, confirm new email).
 * Only its SHA-256 is stored, so a copy of the database does not let anyone use a token.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose {
        CONFIRM_EMAIL,
        RESET_PASSWORD,
        CHANGE_EMAIL
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "new_email", length = AccountLimits.EMAIL_MAX, updatable = false)
    private @Nullable String newEmail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    @Column(name = "pending_display_name", length = AccountLimits.DISPLAY_NAME_MAX, updatable = false)
    private @Nullable String pendingDisplayName;

    @Column(name = "pending_password_hash", updatable = false)
    private @Nullable String pendingPasswordHash;

    @Column(name = "pending_language", length = 8, updatable = false)
    private @Nullable String pendingLanguage;

    protected AccountToken() {
        this.purpose = Purpose.CONFIRM_EMAIL;
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    AccountToken(
            long accountId,
            Purpose purpose,
            String rawToken,
            @Nullable String newEmail,
            Instant now,
            Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = hash(rawToken);
        this.newEmail = newEmail;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** The registration this confirmation token activates. */
    AccountToken withRegistration(String displayName, String passwordHash, Locale language) {
        this.pendingDisplayName = displayName.strip();
        this.pendingPasswordHash = passwordHash;
        this.pendingLanguage = language.getLanguage();
        return this;
    }

    @Nullable
    String pendingDisplayName() {
        return pendingDisplayName;
    }

    @Nullable
    String pendingPasswordHash() {
        return pendingPasswordHash;
    }

    @Nullable
    String pendingLanguage() {
        return pendingLanguage;
    }

    static String newRawToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String rawToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    long accountId() {
        return accountId;
    }

    Purpose purpose() {
        return purpose;
    }

    @Nullable
    String newEmail() {
        return newEmail;
    }
}
