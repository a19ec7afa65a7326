package de.kokreation.proposal;

import de.kokreation.consultation.ThemeGroupStatistics.Participation;
import de.kokreation.proposal.reads.ProposalFigures;
import de.kokreation.proposal.reads.ProposalFigures.GroupFigures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The participation figures on a consultation's public page, counted at most once per
 * {@code kokreation.statistics.public-refresh} per node: counting the people reads every vote and
 * comment (seconds at national scale), and the page is the most visited of all. Each node keeps
 * its own count; two nodes may differ by the contributions of the last few minutes.
 */
@Component
class PublicParticipation {

    private final ProposalFigures figures;
    private final Clock clock;
    private final Duration refresh;
    private final Map<List<Long>, Participation> counted = new ConcurrentHashMap<>();

    PublicParticipation(
            ProposalFigures figures,
            Clock clock,
            @Value("${kokreation.statistics.public-refresh:PT5M}") Duration refresh) {
        this.figures = figures;
        this.clock = clock;
        this.refresh = refresh;
    }

    Participation of(Collection<Long> themeGroupIds) {
        List<Long> key = themeGroupIds.stream().sorted().distinct().toList();
        Instant now = clock.instant();
        Participation known = counted.get(key);
        if (known != null && known.countedAt().plus(refresh).isAfter(now)) {
            return known;
        }
        // Two visitors at once may both count; the second result simply replaces the first.
        Participation fresh = count(key, now);
        counted.put(key, fresh);
        return fresh;
    }

    private Participation count(List<Long> groupIds, Instant now) {
        if (groupIds.isEmpty()) {
            return new Participation(0, 0, 0, 0, now);
        }
        long proposals = 0;
        long comments = 0;
        long votes = 0;
        for (GroupFigures group : figures.perGroup(groupIds).values()) {
            proposals += group.proposals();
            comments += group.comments();
            votes += group.votes();
        }
        return new Participation(figures.participants(groupIds), proposals, comments, votes, now);
    }
}
