package de.kokreation.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The version of the terms of participation in force ({@code kokreation.terms.version}): under
 * them contributions are published and may be reused. The operator writes the text like the other
 * legal pages ({@code teilnahmebedingungen.de.md}); a new version makes every account accept it
 * again at its next login.
 */
@Component
public class TermsOfParticipation {

    public static final String PAGE = "teilnahmebedingungen";

    private final String version;

    TermsOfParticipation(@Value("${kokreation.terms.version:2026-12}") String version) {
        if (version.isBlank() || version.length() > 40) {
            throw new IllegalArgumentException("kokreation.terms.version must have 1 to 40 characters");
        }
        this.version = version.strip();
    }

    public String version() {
        return version;
    }
}
