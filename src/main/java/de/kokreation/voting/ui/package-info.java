/** The vote panel, used by the pages of everything people vote on. */
@NullMarked
@NamedInterface("ui")
package de.kokreation.voting.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
