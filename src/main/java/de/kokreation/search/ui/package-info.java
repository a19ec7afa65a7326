/** The search page. */
@NullMarked
package de.kokreation.search.ui;

import org.jspecify.annotations.NullMarked;
