package de.kokreation.voting;

import java.util.Collection;
import java.util.Map;

/**
 * Which targets take votes now, decided by the module that owns them. It is asked inside the
 * transaction that writes the votes, on the writer's thread (so without the voter's security
 * context): it judges the targets, not the person.
 */
@FunctionalInterface
public interface VoteAcceptance {

    /**
     * The targets among the ids that refuse votes, each with the exception its voter gets (for
     * example not found, or the phase is over); the ids that take votes are absent.
     */
    Map<Long, RuntimeException> refusals(Collection<Long> targetIds);
}
