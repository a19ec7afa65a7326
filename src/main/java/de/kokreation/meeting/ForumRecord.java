package de.kokreation.meeting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The forum's meetings held so far and whether it met at least every six months (OGP's minimum
 * requirement for the multi-stakeholder forum): the gap before each meeting, and since the last.
 */
public record ForumRecord(List<Line> held, @Nullable Long daysSinceLast, boolean keepsTheMinimum) {

    /** Six months, generously counted. */
    public static final int MAX_GAP_DAYS = 184;

    /** A meeting held, with the days since the one before and whether its minutes are published. */
    public record Line(MeetingSummary meeting, @Nullable Long daysSincePrevious, boolean minutesPublished) {

        public boolean gapTooLong() {
            return daysSincePrevious != null && daysSincePrevious > MAX_GAP_DAYS;
        }
    }
}
