/**
 * Seed writers of the moderation module: how demo data and the benchmark's generator write this
 * module's tables, in JDBC batches on a connection the caller holds. Only for seeding: the
 * application writes through its services and entities.
 */
@NullMarked
@NamedInterface("seed")
package de.kokreation.moderation.seed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
