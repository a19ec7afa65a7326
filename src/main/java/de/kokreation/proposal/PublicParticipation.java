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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The participation figures on a consultation's public page, counted at most once per
 * {@code kokreation.statistics.public-refresh} per node, in the background: counting the people
 * reads every vote and comment (seconds at national scale), and the page is the most visited of
 * all, so no visitor waits for it. Each node keeps its own count; two nodes may differ by the
 * contributions of the last few minutes.
 */
@Component
class PublicParticipation {

    private static final Logger log = LoggerFactory.getLogger(PublicParticipation.class);

    private final ProposalFigures figures;
    private final Clock clock;
    private final Duration refresh;
    private final Map<List<Long>, Participation> counted = new ConcurrentHashMap<>();
    private final Map<List<Long>, CompletableFuture<Participation>> counting = new ConcurrentHashMap<>();
    private final ExecutorService countingThreads = Executors.newVirtualThreadPerTaskExecutor();

    PublicParticipation(
            ProposalFigures figures,
            Clock clock,
            @Value("${kokreation.statistics.public-refresh:PT5M}") Duration refresh) {
        this.figures = figures;
        this.clock = clock;
        this.refresh = refresh;
    }

    /**
     * The figures counted last, however old; a count in the background when they are older than
     * the refresh or missing (empty then). One count per consultation and node at a time.
     */
    Optional<Participation> of(Collection<Long> themeGroupIds) {
        List<Long> key = themeGroupIds.stream().sorted().distinct().toList();
        Instant now = clock.instant();
        Participation known = counted.get(key);
        if (known == null || !known.countedAt().plus(refresh).isAfter(now)) {
            CompletableFuture<Participation> mine = new CompletableFuture<>();
            if (counting.putIfAbsent(key, mine) == null) {
                CompletableFuture.supplyAsync(() -> count(key, clock.instant()), countingThreads)
                        .whenComplete((fresh, failure) -> {
                            if (fresh != null) {
                                counted.put(key, fresh);
                                mine.complete(fresh);
                            } else {
                                log.warn("Counting the public participation failed", failure);
                                mine.completeExceptionally(failure);
                            }
                            counting.remove(key, mine);
                        });
            }
        }
        return Optional.ofNullable(known);
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
