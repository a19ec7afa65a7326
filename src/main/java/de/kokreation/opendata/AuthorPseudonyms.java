package de.kokreation.opendata;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Pseudonymous author ids for the open data: {@code "p-"} and the first 16 hex digits of
 * HMAC-SHA256(installation key, consultation id + ":" + account id). Stable (the same person gets
 * the same id in every export of a consultation, so their contributions can be read together),
 * not reversible without the key, and different in each consultation, so that one person's
 * contributions cannot be linked across consultations.
 */
final class AuthorPseudonyms {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int HEX_DIGITS = 16;

    private AuthorPseudonyms() {}

    /** The pseudonyms of one consultation; one instance per export (a {@link Mac} is not thread-safe). */
    static Scope forConsultation(byte[] installationKey, long consultationId) {
        return new Scope(installationKey, consultationId);
    }

    /**
     * The pseudonyms of one consultation, each computed once: an export meets the same authors again
     * and again (a million comments by a few hundred thousand people), so an HMAC for every row
     * repeats the same work many times. The cache holds at most {@value #CACHE_MAX} accounts (about
     * 30 MB); beyond that pseudonyms are computed per row again, so memory stays bounded.
     */
    static final class Scope {

        static final int CACHE_MAX = 300_000;

        private final Mac mac;
        private final String prefix;
        private final HashMap<Long, String> known = new HashMap<>();
        private Set<Long> deleted = Set.of();

        private Scope(byte[] installationKey, long consultationId) {
            try {
                mac = Mac.getInstance(ALGORITHM);
                mac.init(new SecretKeySpec(installationKey, ALGORITHM));
            } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
                // Every JDK ships HmacSHA256, and it takes keys of any length.
                throw new IllegalStateException(impossible);
            }
            prefix = consultationId + ":";
        }

        /** Deleted accounts appear without author: the export tells which ones from its own snapshot. */
        void leaveOut(Set<Long> deletedAccounts) {
            deleted = Set.copyOf(deletedAccounts);
        }

        /** The pseudonym of an account, or null for no account (deleted, or content without author). */
        @Nullable
        String of(@Nullable Long accountId) {
            if (accountId == null || deleted.contains(accountId)) {
                return null;
            }
            String pseudonym = known.get(accountId);
            if (pseudonym == null) {
                pseudonym = compute(accountId);
                if (known.size() < CACHE_MAX) {
                    known.put(accountId, pseudonym);
                }
            }
            return pseudonym;
        }

        private String compute(long accountId) {
            byte[] digest = mac.doFinal((prefix + accountId).getBytes(StandardCharsets.US_ASCII));
            return "p-" + HexFormat.of().formatHex(digest, 0, HEX_DIGITS / 2);
        }
    }
}
