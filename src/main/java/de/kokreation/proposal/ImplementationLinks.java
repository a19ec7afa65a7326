package de.kokreation.proposal;

import java.util.List;

/**
 * The commitments of published action plans a proposal went into (through the drafts it fed),
 * with their level of implementation. Implemented by the action-plan module, which depends on
 * this one.
 */
public interface ImplementationLinks {

    List<ImplementationRef> implementationsOf(long proposalId);
}
