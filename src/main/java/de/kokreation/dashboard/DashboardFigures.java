package de.kokreation.dashboard;

import de.kokreation.consultation.ConsultationSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the dashboard shows of one consultation, as of {@code computedAt}.
 *
 * @param wholeConsultation whether the figures cover every theme group (a coordinator) or only the
 *     caller's (a lead)
 * @param weekly whether {@code periods} are weeks (a long consultation) or days
 */
public record DashboardFigures(
        ConsultationSummary consultation,
        boolean wholeConsultation,
        Totals totals,
        List<GroupRow> groups,
        boolean weekly,
        List<Period> periods,
        List<TopProposal> mostSupported,
        List<TopProposal> mostDiscussed,
        Instant computedAt) {

    public DashboardFigures {
        groups = List.copyOf(groups);
        periods = List.copyOf(periods);
        mostSupported = List.copyOf(mostSupported);
        mostDiscussed = List.copyOf(mostDiscussed);
    }

    /** The consultation (or the caller's groups) in all. */
    public record Totals(
            long participants,
            long proposals,
            long workshopProposals,
            long answered,
            long comments,
            long votes,
            long queueEntries,
            @Nullable Instant queueOldest) {

        public int answeredPercent() {
            return percent(answered, proposals);
        }
    }

    /** One theme group's figures. */
    public record GroupRow(
            long id,
            String name,
            long participants,
            long proposals,
            long workshopProposals,
            long answered,
            long comments,
            long votes,
            long queueEntries,
            long queueFlagged,
            @Nullable Instant queueOldest) {

        public int answeredPercent() {
            return percent(answered, proposals);
        }
    }

    /** Answered of all proposals, in whole per cent, rounded down (0 without proposals). */
    static int percent(long answered, long proposals) {
        return proposals == 0 ? 0 : (int) (answered * 100 / proposals);
    }

    /** A proposal at the top of a list, with the figures it is ranked by. */
    public record TopProposal(long id, String title, int votesFor, int votesAgainst, int comments) {}

    /** What came in during one day or one week (starting on its Monday). */
    public record Period(LocalDate start, long newParticipants, long proposals, long comments, long votes) {}
}
