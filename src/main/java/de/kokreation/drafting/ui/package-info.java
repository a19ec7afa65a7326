@NullMarked
package de.kokreation.drafting.ui;

import org.jspecify.annotations.NullMarked;
