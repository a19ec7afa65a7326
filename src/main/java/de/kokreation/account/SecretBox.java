package de.kokreation.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the secrets of authenticator apps encrypted in the database (AES-256-GCM) with a key that
 * is not in the database ({@code kokreation.second-factor.key}, 32 bytes in Base64, the same on
 * every node), so that a stolen dump alone does not give the codes. Without a key (the embedded
 * demo) they are stored as they are, marked so; a key set later encrypts each at its next use.
 */
final class SecretBox {

    private static final String ENCRYPTED = "v1:";
    private static final String PLAIN = "plain:";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final @Nullable SecretKeySpec key;

    SecretBox(@Nullable String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            this.key = null;
        } else {
            byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
            if (bytes.length != 32) {
                throw new IllegalArgumentException("kokreation.second-factor.key must be 32 bytes in Base64");
            }
            this.key = new SecretKeySpec(bytes, "AES");
        }
    }

    boolean encrypts() {
        return key != null;
    }

    String seal(String secret) {
        if (key == null) {
            return PLAIN + secret;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            byte[] stored = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, nonce.length);
            System.arraycopy(sealed, 0, stored, nonce.length, sealed.length);
            return ENCRYPTED + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    String open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (key == null) {
            throw new IllegalStateException(
                    "a second factor is encrypted, but kokreation.second-factor.key is not set");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(ENCRYPTED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            return new String(
                    cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException wrongKey) {
            throw new IllegalStateException("a second factor could not be decrypted: another key?", wrongKey);
        }
    }

    boolean isSealed(String stored) {
        return stored.startsWith(ENCRYPTED);
    }
}
