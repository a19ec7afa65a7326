package de.kokreation.notification;

import de.kokreation.shared.Permalinks;
import de.kokreation.shared.StoredSecret;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Signed one-click unsubscribe links for notification and digest mails: the token names the
 * account and what to stop (one kind of news, or the digest), signed with the installation's
 * secret ({@code notification_key}), so nobody can stop another person's mails by guessing.
 * The links do not expire: a mail read a year later still unsubscribes.
 */
@Component
class UnsubscribeLinks {

    /** What a token stops: one kind of news, or every kind that goes into the daily digest. */
    record Scope(
            long accountId,
            @org.jspecify.annotations.Nullable NotificationKind kind) {

        boolean digest() {
            return kind == null;
        }
    }

    private static final String DIGEST = "DIGEST";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final StoredSecret secret;
    private final String baseUrl;

    UnsubscribeLinks(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            @Value("${kokreation.public-base-url:http://localhost:8080}") String baseUrl) {
        this.secret = new StoredSecret(jdbc, transactions, "notification_key");
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    String forKind(long accountId, NotificationKind kind) {
        return link(accountId + "." + kind.name());
    }

    String forDigest(long accountId) {
        return link(accountId + "." + DIGEST);
    }

    String settings() {
        return baseUrl + Permalinks.NOTIFICATION_SETTINGS;
    }

    /** What a token stops, when its signature is right; empty for anything else. */
    Optional<Scope> read(String token) {
        int lastDot = token.lastIndexOf('.');
        if (lastDot < 0 || token.length() > 200) {
            return Optional.empty();
        }
        String payload = token.substring(0, lastDot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(lastDot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(given, signature(payload))) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 2 || !parts[0].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long accountId = Long.parseLong(parts[0]);
        if (parts[1].equals(DIGEST)) {
            return Optional.of(new Scope(accountId, null));
        }
        return Arrays.stream(NotificationKind.values())
                .filter(kind -> kind.name().equals(parts[1]))
                .findFirst()
                .map(kind -> new Scope(accountId, kind));
    }

    private String link(String payload) {
        return baseUrl + Permalinks.UNSUBSCRIBE + "/" + payload + "." + ENCODER.encodeToString(signature(payload));
    }

    private byte[] signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.get(), "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
