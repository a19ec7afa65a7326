@NullMarked
package de.kokreation.dashboard.ui;

import org.jspecify.annotations.NullMarked;
