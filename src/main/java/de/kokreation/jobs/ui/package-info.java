/** The control other pages put next to a job they start: start, progress, cancel, download. */
@NullMarked
@NamedInterface("ui")
package de.kokreation.jobs.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
