@NullMarked
package de.kokreation.account.ui;

import org.jspecify.annotations.NullMarked;
