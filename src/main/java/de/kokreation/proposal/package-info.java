/**
 * Citizens' proposals in theme groups, with threaded comments and one vote per person. Counters on
 * the proposal row are kept in step with votes and comments in the same transaction, so lists
 * sort and show figures straight from an index.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "account",
            "account :: reads",
            "consultation",
            "jobs",
            "moderation",
            "moderation :: reads",
            "shared",
            "shell",
            "voting",
            "voting :: ui"
        })
package de.kokreation.proposal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
