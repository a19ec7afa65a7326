/**
 * The application shell: page layout with landmarks, language switch, login, error pages,
 * security configuration and translations. Feature views plug into {@link de.kokreation.shell.MainLayout}.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared"})
package de.kokreation.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
