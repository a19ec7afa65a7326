/** The export page of a consultation for its coordinators and the leads of its theme groups. */
@NullMarked
package de.kokreation.export.ui;

import org.jspecify.annotations.NullMarked;
