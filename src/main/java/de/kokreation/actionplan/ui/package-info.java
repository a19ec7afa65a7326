@NullMarked
package de.kokreation.actionplan.ui;

import org.jspecify.annotations.NullMarked;
