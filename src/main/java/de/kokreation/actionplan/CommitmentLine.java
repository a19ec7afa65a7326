package de.kokreation.actionplan;

import java.util.List;

/** A commitment of a plan as the plan and monitoring pages list it, with its milestones. */
public record CommitmentLine(
        long id,
        int number,
        String title,
        String leadAgency,
        CompletionLevel level,
        boolean levelExplicit,
        long draftId,
        List<MilestoneLine> milestones) {

    public long overdueMilestones() {
        return milestones.stream().filter(MilestoneLine::overdue).count();
    }
}
