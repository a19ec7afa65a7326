@NullMarked
package de.kokreation.notification.ui;

import org.jspecify.annotations.NullMarked;
