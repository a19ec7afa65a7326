/**
 * Seed writers of the action-plan module: how demo data writes this module's tables on a
 * connection the caller holds. Only for seeding: the application writes through its services.
 */
@NullMarked
@NamedInterface("seed")
package de.kokreation.actionplan.seed;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
