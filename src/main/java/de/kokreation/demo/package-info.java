/**
 * Demo data for the embedded default: the 2018 regional consultations in Nordrhein-Westfalen and
 * Baden-Württemberg, a federal consultation that collects proposals now, one account per role and
 * a few hundred proposals with comments and votes, and the 2nd National Action Plan 2019–2021 built
 * from the 2018 final drafts with three rounds of reports. Seeded once into an empty database, never in
 * production.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "account",
            "account :: seed",
            "actionplan",
            "actionplan :: seed",
            "consultation",
            "drafting",
            "drafting :: seed",
            "meeting :: seed",
            "moderation",
            "moderation :: seed",
            "proposal",
            "proposal :: seed",
            "shared",
            "voting"
        })
package de.kokreation.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
