/** The clusters view of the condensing work. */
@NullMarked
package de.kokreation.sensemaking.ui;

import org.jspecify.annotations.NullMarked;
