/**
 * Bulk reads of published action plans for other modules (documents, open data): plain JDBC
 * queries that only ever answer what the public may read.
 */
@NullMarked
@NamedInterface("reads")
package de.kokreation.actionplan.reads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
