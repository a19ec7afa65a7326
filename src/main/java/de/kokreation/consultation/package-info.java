/**
 * Consultations with their timeline of phases, and their theme groups. The current phase follows
 * from the dates and decides what participants may do.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"account", "shared", "shell"})
package de.kokreation.consultation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
