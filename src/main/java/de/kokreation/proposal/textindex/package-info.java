/**
 * How the proposal module's searches narrow the rows to those that may match, per database: on
 * PostgreSQL through its GIN indexes, on the embedded H2 through an in-process Apache Lucene index
 * of the stored terms ({@link de.kokreation.proposal.textindex.TermsIndex}). Internal to the module.
 */
@NullMarked
package de.kokreation.proposal.textindex;

import org.jspecify.annotations.NullMarked;
