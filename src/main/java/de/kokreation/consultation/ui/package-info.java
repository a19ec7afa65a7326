@NullMarked
package de.kokreation.consultation.ui;

import org.jspecify.annotations.NullMarked;
