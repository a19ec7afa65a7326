/**
 * Search across the consultations: proposals, comments, public draft commitments and
 * consultations found by the words of their text with the German analysis
 * ({@code shared.search}), ranked, filtered and paged, with the words marked in a snippet. Reads
 * what the owners publish ({@code proposal :: reads} {@code ProposalSearch},
 * {@code drafting :: reads} {@code DraftRows}); owns no table.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"consultation", "drafting :: reads", "proposal", "proposal :: reads", "shared", "shell"})
package de.kokreation.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
