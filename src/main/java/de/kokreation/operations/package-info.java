/**
 * Running Kokreation in production: scheduled jobs once per cluster (ShedLock over the table
 * {@code shedlock}), the figures operators watch (Micrometer, served for Prometheus on the
 * management port), and the admins' system page (version, this node, waiting mails, jobs).
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"jobs", "shared", "shell"})
package de.kokreation.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
