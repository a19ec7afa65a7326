/**
 * Action plans and their implementation: admins create a plan and name its coordinators; the
 * coordinators assemble it from final draft commitments of one or more consultations, number and
 * order them and publish it; the people responsible for each commitment report per milestone in
 * OGP's completion levels, every report kept; proposal authors and followers hear when a
 * commitment's level changes.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "account",
            "account :: reads",
            "consultation",
            "drafting",
            "drafting :: reads",
            "drafting :: ui",
            "proposal",
            "proposal :: reads",
            "shared",
            "shell"
        })
package de.kokreation.actionplan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
