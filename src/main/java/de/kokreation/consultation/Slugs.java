package de.kokreation.consultation;

import de.kokreation.shared.DomainException;
import java.util.regex.Pattern;

/** Slugs are the readable parts of permalinks: lower-case letters, digits and hyphens. */
final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {}

    static String requireValid(String slug) {
        if (slug.length() > ConsultationLimits.SLUG_MAX || !VALID.matcher(slug).matches()) {
            throw new DomainException("consultation.error.slug", slug);
        }
        return slug;
    }
}
