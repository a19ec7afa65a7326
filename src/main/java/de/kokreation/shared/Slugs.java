package de.kokreation.shared;

import java.util.regex.Pattern;

/** Slugs are the readable parts of permalinks: lower-case letters, digits and hyphens. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {}

    public static boolean isValid(String slug, int maxLength) {
        return slug.length() <= maxLength && VALID.matcher(slug).matches();
    }
}
