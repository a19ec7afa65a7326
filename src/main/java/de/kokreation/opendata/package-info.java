/**
 * Open data for everyone, without login: a JSON list of the consultations and, per consultation,
 * a JSON export and CSV files of everything the public can see on the site, the same for every
 * published action plan and its implementation, documented by JSON
 * Schemas. It reads through what the owning modules publish for bulk reads (their {@code reads}
 * interfaces, which decide what is visible) and streams rows from the database into the
 * response, so memory stays flat however large a consultation grows. Authors appear only as
 * pseudonyms per consultation; personal data and hidden content never leave the database.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "account :: reads",
            "actionplan :: reads",
            "consultation",
            "drafting :: reads",
            "proposal :: reads",
            "shared"
        })
package de.kokreation.opendata;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
