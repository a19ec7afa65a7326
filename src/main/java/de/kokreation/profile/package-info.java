/**
 * Self-service for the logged-in person: profile settings, the download of all personal data
 * as JSON, and deleting the account.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "account",
            "actionplan",
            "consultation",
            "drafting",
            "meeting",
            "moderation",
            "notification",
            "proposal",
            "shared",
            "shell"
        })
package de.kokreation.profile;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
