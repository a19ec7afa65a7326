/**
 * Events in a room or online: regional workshops and online sessions of a consultation, and the
 * meetings of the multi-stakeholder forum. Public pages and calendar files; registration with a
 * waiting list that moves up by itself; mails for confirmation, moving up, change, cancellation
 * and the day before; the organisers' attendance list.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "account",
            "account :: reads",
            "actionplan",
            "consultation",
            "jobs",
            "proposal",
            "shared",
            "shell"
        })
package de.kokreation.meeting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
