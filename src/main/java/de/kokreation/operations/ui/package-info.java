@NullMarked
package de.kokreation.operations.ui;

import org.jspecify.annotations.NullMarked;
