/**
 * Open data for everyone, without login: a JSON list of the consultations and, per consultation,
 * a JSON export and CSV files of everything the public can see on the site, documented by JSON
 * Schemas. A read model: it reads the tables directly and streams rows from the database into
 * the response, so memory stays flat however large a consultation grows. Authors appear only as
 * pseudonyms per consultation; personal data and hidden content never leave the database.
 */
@NullMarked
package de.kokreation.opendata;

import org.jspecify.annotations.NullMarked;
