@NullMarked
package de.kokreation.proposal.ui;

import org.jspecify.annotations.NullMarked;
