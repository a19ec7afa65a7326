/**
 * Small building blocks every feature uses: permalinks, rich-text sanitizing, domain exceptions
 * that carry a message key, the clock. Depends on no other module.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package de.kokreation.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
