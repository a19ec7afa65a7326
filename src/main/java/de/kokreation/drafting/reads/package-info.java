/**
 * What the drafting module publishes for other modules to read in bulk (open data, the draft
 * sheets and the Ergebnisbericht): drafts as they stand, their milestones, their links to
 * proposals and their comments. Which drafts the public sees is written once, in
 * {@link de.kokreation.drafting.reads.DraftVisibility}. Not for views: they ask the services.
 */
@NullMarked
@NamedInterface("reads")
package de.kokreation.drafting.reads;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
