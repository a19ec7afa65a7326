/**
 * Draft commitments in the OGP template: leads condense their theme group's proposals into
 * drafts, every save is a version that can be compared with any other, proposals link to the
 * drafts they went into, and published drafts take comments and votes in the draft-commenting
 * phase.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "account",
            "account :: reads",
            "consultation",
            "moderation",
            "proposal",
            "shared",
            "shell",
            "voting",
            "voting :: ui"
        })
package de.kokreation.drafting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
