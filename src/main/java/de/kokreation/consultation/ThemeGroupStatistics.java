package de.kokreation.consultation;

import java.util.Collection;
import java.util.Map;

/**
 * Figures about theme groups that other modules own (for example, proposal counts). Implemented
 * by those modules so that this one does not depend on them.
 */
public interface ThemeGroupStatistics {

    /** Proposal counts keyed by theme group id; groups without proposals may be missing. */
    Map<Long, Long> proposalCounts(Collection<Long> themeGroupIds);

    /** How many proposals of each theme group have a reasoned response. */
    Map<Long, Long> answeredCounts(Collection<Long> themeGroupIds);
}
