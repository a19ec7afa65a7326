package de.kokreation.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Under what terms the installation publishes its open data and who publishes it: the licence,
 * the attribution reusers must give, the publisher and a contact for the data. Configured by the
 * operator ({@code kokreation.open-data.*}); stated in every file, the catalogue and on the pages.
 */
@Component
public class OpenDataTerms {

    private final DataLicence licence;
    private final String publisher;
    private final String attribution;
    private final String contactEmail;

    OpenDataTerms(
            @Value("${kokreation.open-data.licence:dl-by-de/2.0}") String licence,
            @Value("${kokreation.open-data.publisher:Kokreation}") String publisher,
            @Value("${kokreation.open-data.attribution:}") String attribution,
            @Value("${kokreation.open-data.contact-email:opendata@kokreation.example}") String contactEmail) {
        this.licence = DataLicence.byCode(licence);
        this.publisher = publisher.strip();
        this.attribution = attribution.isBlank() ? this.publisher : attribution.strip();
        this.contactEmail = contactEmail.strip();
    }

    public DataLicence licence() {
        return licence;
    }

    /** The organisation that runs the installation and publishes its data. */
    public String publisher() {
        return publisher;
    }

    /** The words reusers must name the source with, e.g. "Kokreation des BMI (www.…)". */
    public String attribution() {
        return attribution;
    }

    public String contactEmail() {
        return contactEmail;
    }

    /** What the terms depend on, for validators of files that state them. */
    public String fingerprint() {
        return licence.code() + "|" + attribution;
    }
}
