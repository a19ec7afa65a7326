/**
 * What the proposal module publishes for other modules to read in bulk (open data, the
 * Ergebnisbericht, the draft sheets): visible proposals and comments streamed through a cursor,
 * and the report's figures counted in the database. The rules of what is visible are written
 * once, in {@link de.kokreation.proposal.reads.ProposalVisibility}. Not for views: they ask the
 * services.
 */
@NullMarked
@NamedInterface("reads")
package de.kokreation.proposal.reads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
