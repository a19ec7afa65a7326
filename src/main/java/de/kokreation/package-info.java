@NullMarked
package de.kokreation;

import org.jspecify.annotations.NullMarked;
