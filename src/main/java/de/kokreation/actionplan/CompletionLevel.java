package de.kokreation.actionplan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * How far a milestone or a commitment has come, in the terms of the OGP's Independent Reporting
 * Mechanism (not started, limited, substantial, completed), and withdrawn for work given up.
 */
public enum CompletionLevel {
    NOT_STARTED(0),
    LIMITED(1),
    SUBSTANTIAL(2),
    COMPLETED(3),
    WITHDRAWN(-1);

    private final int score;

    CompletionLevel(int score) {
        this.score = score;
    }

    public String messageKey() {
        return "plan.level." + name();
    }

    /** Whether work on it is over: a milestone so marked cannot be overdue. */
    public boolean isClosed() {
        return this == COMPLETED || this == WITHDRAWN;
    }

    /** A milestone at this level that should have ended before {@code today}: past its end and not closed. */
    public boolean isOverdue(LocalDate end, LocalDate today) {
        return end.isBefore(today) && !isClosed();
    }

    /**
     * A commitment's level as it follows from its milestones. Withdrawn milestones do not count;
     * completed only when every other milestone is completed, not started only when none has
     * started; otherwise limited or substantial by the mean of the levels (0 to 3), substantial
     * from 1.5 on. A commitment without milestones has not started; one whose milestones were all
     * withdrawn is withdrawn.
     */
    public static CompletionLevel derivedFrom(Collection<CompletionLevel> milestones) {
        if (milestones.isEmpty()) {
            return NOT_STARTED;
        }
        List<CompletionLevel> counted =
                milestones.stream().filter(level -> level != WITHDRAWN).toList();
        if (counted.isEmpty()) {
            return WITHDRAWN;
        }
        if (counted.stream().allMatch(level -> level == COMPLETED)) {
            return COMPLETED;
        }
        if (counted.stream().allMatch(level -> level == NOT_STARTED)) {
            return NOT_STARTED;
        }
        double mean = counted.stream().mapToInt(level -> level.score).average().orElse(0);
        return mean >= 1.5 ? SUBSTANTIAL : LIMITED;
    }
}
