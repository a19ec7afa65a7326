/**
 * Sensemaking for leads: the proposals of a theme group grouped into clusters of proposals that
 * ask for the same thing ({@code ProposalClustering}, computed as a background job with progress),
 * clusters a lead confirmed (stored: {@code proposal_cluster}, {@code proposal_cluster_member}),
 * and from a confirmed cluster a draft commitment with every proposal linked and one answer for
 * all of them (recorded and mailed per proposal). Reads the proposals' stored terms through
 * {@code proposal :: reads}.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "consultation",
            "drafting",
            "jobs",
            "moderation",
            "proposal",
            "proposal :: reads",
            "shared",
            "shell"
        })
package de.kokreation.sensemaking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
