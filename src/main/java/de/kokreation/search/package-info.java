/**
 * Search across the consultations: proposals and comments found by the words of their text with
 * the German analysis ({@code shared.search}), ranked, filtered and paged, with the words marked
 * in a snippet. Reads what the owners publish ({@code proposal :: reads} {@code ProposalSearch});
 * owns no table.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"consultation", "proposal", "proposal :: reads", "shared", "shell"})
package de.kokreation.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
