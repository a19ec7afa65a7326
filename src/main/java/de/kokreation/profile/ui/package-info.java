@NullMarked
package de.kokreation.profile.ui;

import org.jspecify.annotations.NullMarked;
