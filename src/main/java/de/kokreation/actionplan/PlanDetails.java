package de.kokreation.actionplan;

import java.util.List;
import java.util.Map;

/**
 * A plan with its commitments in their order, for its page and its monitoring.
 *
 * @param introduction Markdown
 * @param coordinators names by account id
 * @param mayAssemble the caller coordinates the plan and it is still prepared
 * @param mayCoordinate the caller coordinates the plan (or is admin)
 */
public record PlanDetails(
        PlanSummary plan,
        String introduction,
        Map<Long, String> coordinators,
        List<CommitmentLine> commitments,
        boolean mayAssemble,
        boolean mayCoordinate) {}
