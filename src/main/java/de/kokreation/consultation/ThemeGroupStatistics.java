package de.kokreation.consultation;

import java.util.Collection;
import java.util.Map;

/**
 * Figures about theme groups that other modules own (for example, proposal counts). Implemented
 * by those modules so that this one does not depend on them.
 */
public interface ThemeGroupStatistics {

    /** Public figures below this are shown as "fewer than" it: none may point at a person. */
    int SMALLEST_PUBLIC_FIGURE = 10;

    /** Proposal counts keyed by theme group id; groups without proposals may be missing. */
    Map<Long, Long> proposalCounts(Collection<Long> themeGroupIds);

    /** How many proposals of each theme group have a reasoned response. */
    Map<Long, Long> answeredCounts(Collection<Long> themeGroupIds);

    /**
     * Participation in the groups so far, counted over all of them (a person in two groups counts
     * once). May be a few minutes old: counting the people means reading every vote, so it is
     * counted in the background; empty until the first count is done.
     */
    java.util.Optional<Participation> participation(Collection<Long> themeGroupIds);

    /** People who took part, and what they contributed, as of {@code countedAt}. */
    record Participation(long participants, long proposals, long comments, long votes, java.time.Instant countedAt) {}
}
