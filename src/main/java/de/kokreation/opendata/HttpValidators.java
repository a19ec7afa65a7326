package de.kokreation.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Validators and cache rules for public data: a strong ETag from what a file's content depends on,
 * a 304 without a body when the client has it already, and a short public cache lifetime (public
 * data changes with every vote, so caches keep it for a minute and then ask again).
 */
final class HttpValidators {

    static final CacheControl PUBLIC_DATA =
            CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic().mustRevalidate();

    private HttpValidators() {}

    /**
     * A weak ETag: the first 128 bits of the SHA-256 of what the content depends on. Weak, because
     * the compressed and the plain answer are the same content in different bytes (and Tomcat
     * compresses nothing that carries a strong one); GET compares weakly anyway.
     */
    static String etag(String version) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(version.getBytes(StandardCharsets.UTF_8));
            return "W/\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static <T> ResponseEntity<T> notModified(String etag) {
        return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                .eTag(etag)
                .cacheControl(PUBLIC_DATA)
                .build();
    }
}
