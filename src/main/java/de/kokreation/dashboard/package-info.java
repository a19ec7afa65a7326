/**
 * How a consultation is going, for the people who run it: the coordinators' dashboard
 * (participation over time and per theme group, answered share, the moderation queue, the most
 * supported and most discussed proposals, workshop input beside online input), drawn on the
 * server as accessible SVG with the figures as tables. It owns no table: the figures come from
 * the aggregate reads that proposal and moderation publish, a fixed number of queries.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"consultation", "moderation", "proposal :: reads", "shared", "shell"})
package de.kokreation.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
