package de.kokreation.shared;

import java.util.Locale;

/** SQL LIKE patterns from user input: the user's own %, _ and \ match only themselves. */
public final class LikePatterns {

    private LikePatterns() {}

    /** A lower-case pattern matching text that contains {@code text}; use with {@code escape '\'}. */
    public static String containing(String text) {
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
