package de.kokreation.proposal;

import de.kokreation.consultation.ThemeGroupStatistics;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the consultation pages how many proposals each theme group holds, in one query. */
@Component
class ProposalCountsByThemeGroup implements ThemeGroupStatistics {

    private final ProposalRepository proposals;
    private final ResponseService responses;
    private final PublicParticipation participation;

    ProposalCountsByThemeGroup(
            ProposalRepository proposals, ResponseService responses, PublicParticipation participation) {
        this.proposals = proposals;
        this.responses = responses;
        this.participation = participation;
    }

    @Override
    public java.util.Optional<Participation> participation(Collection<Long> themeGroupIds) {
        return participation.of(themeGroupIds);
    }

    @Override
    public Map<Long, Long> answeredCounts(Collection<Long> themeGroupIds) {
        return responses.answeredCounts(themeGroupIds);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> proposalCounts(Collection<Long> themeGroupIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (themeGroupIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : proposals.countByThemeGroups(themeGroupIds)) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
