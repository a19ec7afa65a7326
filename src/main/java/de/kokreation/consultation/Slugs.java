package de.kokreation.consultation;

import de.kokreation.shared.DomainException;

/** The slugs of consultations and theme groups, refused with the consultation's message. */
final class Slugs {

    private Slugs() {}

    static String requireValid(String slug) {
        if (!de.kokreation.shared.Slugs.isValid(slug, ConsultationLimits.SLUG_MAX)) {
            throw new DomainException("consultation.error.slug", slug);
        }
        return slug;
    }
}
