@NullMarked
package de.kokreation.moderation.ui;

import org.jspecify.annotations.NullMarked;
