package de.kokreation.actionplan;

import de.kokreation.drafting.DraftContent;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A commitment of a plan for its page: the text as adopted (the draft's version), its milestones
 * with their levels, every report, the people responsible, and the proposals it grew from.
 *
 * @param levelReason why the level was set explicitly (Markdown); null when it follows the milestones
 * @param proposals the visible proposals the commitment grew from: id to title
 * @param comments the participants' comments on the reports, by report id, oldest first
 */
public record CommitmentDetails(
        PlanSummary plan,
        CommitmentLine commitment,
        DraftContent adopted,
        int draftVersion,
        @Nullable String levelReason,
        List<ReportLine> history,
        Map<Long, List<ReportCommentLine>> comments,
        Map<Long, String> responsible,
        Map<Long, String> proposals,
        boolean mayReport,
        boolean mayCoordinate,
        boolean following) {

    public List<ReportCommentLine> commentsOn(long reportId) {
        return comments.getOrDefault(reportId, List.of());
    }
}
