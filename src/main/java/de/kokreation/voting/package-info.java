/**
 * One voting piece for everything people vote on (proposals, draft commitments): the batching
 * writer that keeps one vote per person and counters equal to the rows, the panel with its toggle
 * buttons. It owns no table: the owner of the votes spells their SQL in a {@link
 * de.kokreation.voting.VoteTable} and says which targets take votes; this module drives both.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"shared", "shell"})
package de.kokreation.voting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
