package de.kokreation.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Short fingerprints of content (the first 96 bits of its SHA-256, in hex): what a file or a
 * choice is, in a few characters, e.g. in a job's subject. Not for secrets.
 */
public final class Fingerprints {

    private Fingerprints() {}

    public static String of(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 12);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
