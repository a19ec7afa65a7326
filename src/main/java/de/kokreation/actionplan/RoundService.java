package de.kokreation.actionplan;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.Permalinks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting rounds: a plan's coordinators open a round with a deadline; the responsible persons
 * are reminded before it; when the deadline has passed the state of every commitment and
 * milestone is frozen as the round's snapshot. Every round can be compared with the one before.
 * Rounds of published plans are public.
 */
@Service
public class RoundService {

    private final ReportingRoundRepository rounds;
    private final PlanAccess access;
    private final PlanQueries planQueries;
    private final RoundQueries roundQueries;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int reminderDays;

    RoundService(
            ReportingRoundRepository rounds,
            PlanAccess access,
            PlanQueries planQueries,
            RoundQueries roundQueries,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${kokreation.plans.reminder-days-before:7}") int reminderDays) {
        this.rounds = rounds;
        this.access = access;
        this.planQueries = planQueries;
        this.roundQueries = roundQueries;
        this.events = events;
        this.clock = clock;
        this.reminderDays = reminderDays;
    }

    /** Opens a round of a published plan; one round at a time. Answers its id. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long open(long planId, String title, LocalDate deadline) {
        ActionPlan plan = access.coordinated(planId);
        plan.requirePublishedForReports();
        if (rounds.findByPlan(planId).stream().anyMatch(round -> round.status() == RoundStatus.OPEN)) {
            throw new DomainException("plan.error.roundOpen");
        }
        try {
            return rounds.saveAndFlush(new ReportingRound(
                            planId, title, deadline, access.myAccountId(), clock.instant(), LocalDate.now(clock)))
                    .id();
        } catch (DataIntegrityViolationException raced) {
            // Another coordinator opened one at the same moment: the unique constraint decided.
            throw new DomainException("plan.error.roundOpen");
        }
    }

    /** The plan's rounds, newest deadline first. */
    @Transactional(readOnly = true)
    public List<RoundSummary> rounds(String planSlug) {
        ActionPlan plan = access.visible(planSlug);
        return rounds.findByPlan(plan.id()).stream()
                .map(ReportingRound::summary)
                .toList();
    }

    /** How many commitments stood at each level in each frozen round, oldest round first. */
    @Transactional(readOnly = true)
    public List<RoundProgress> progress(String planSlug) {
        ActionPlan plan = access.visible(planSlug);
        Map<Long, Map<CompletionLevel, Integer>> levels = roundQueries.commitmentLevels(plan.id());
        return rounds.findByPlan(plan.id()).reversed().stream()
                .filter(round -> round.status() == RoundStatus.FROZEN)
                .map(round -> new RoundProgress(round.summary(), levels.getOrDefault(round.id(), Map.of())))
                .toList();
    }

    /** A round's state (frozen, or current while open) with what changed since the round before. */
    @Transactional(readOnly = true)
    public RoundDetails round(String planSlug, long roundId) {
        ActionPlan plan = access.visible(planSlug);
        List<ReportingRound> all = rounds.findByPlan(plan.id());
        ReportingRound round = all.stream()
                .filter(candidate -> candidate.id() == roundId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("plan.error.roundNotFound", roundId));
        ReportingRound previous = all.stream()
                .filter(candidate -> candidate.status() == RoundStatus.FROZEN
                        && candidate.id() != round.id()
                        && (candidate.deadline().isBefore(round.deadline())
                                || (candidate.deadline().equals(round.deadline()) && candidate.id() < round.id())))
                .findFirst()
                .orElse(null);
        List<CommitmentLine> lines = planQueries.commitments(plan.id(), LocalDate.now(clock));
        List<RoundQueries.SnapshotRow> state = round.status() == RoundStatus.FROZEN
                ? roundQueries.snapshot(round.id())
                : currentState(plan.id(), lines);
        Map<String, RoundQueries.SnapshotRow> before = new HashMap<>();
        if (previous != null) {
            roundQueries.snapshot(previous.id()).forEach(row -> before.put(key(row), row));
        }
        Map<String, RoundQueries.SnapshotRow> now = new HashMap<>();
        state.forEach(row -> now.put(key(row), row));
        Map<Long, String> notes = roundQueries.notes(state.stream()
                .map(RoundQueries.SnapshotRow::reportId)
                .filter(Objects::nonNull)
                .toList());
        List<RoundDetails.Commitment> commitments = new ArrayList<>();
        for (CommitmentLine line : lines) {
            RoundQueries.SnapshotRow own = now.get(line.id() + ":");
            if (own == null) {
                continue;
            }
            List<RoundDetails.Milestone> milestones = new ArrayList<>();
            for (MilestoneLine milestone : line.milestones()) {
                RoundQueries.SnapshotRow row = now.get(line.id() + ":" + milestone.id());
                if (row == null) {
                    continue;
                }
                RoundQueries.SnapshotRow earlier = before.get(key(row));
                milestones.add(new RoundDetails.Milestone(
                        milestone.number(),
                        milestone.deliverable(),
                        milestone.end(),
                        row.level(),
                        earlier == null ? null : earlier.level(),
                        row.overdue(),
                        row.reportId() == null ? null : notes.get(row.reportId())));
            }
            RoundQueries.SnapshotRow earlier = before.get(key(own));
            commitments.add(new RoundDetails.Commitment(
                    line.id(),
                    line.number(),
                    line.title(),
                    line.leadAgency(),
                    own.level(),
                    earlier == null ? null : earlier.level(),
                    milestones));
        }
        return new RoundDetails(
                planQueries.summary(plan),
                round.summary(),
                previous == null ? null : previous.summary(),
                commitments,
                access.mayCoordinate(plan));
    }

    /**
     * Freezes every open round whose deadline has passed by {@code today}, each with its snapshot.
     * Called by the schedule on every node; the version of the round lets only one node freeze it.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public int freezeDue(LocalDate today) {
        int frozen = 0;
        for (ReportingRound round : rounds.findOpen()) {
            if (round.isDue(today)) {
                List<CommitmentLine> lines = planQueries.commitments(round.planId(), today);
                round.freeze(clock.instant());
                rounds.saveAndFlush(round);
                roundQueries.insertSnapshot(round.id(), currentState(round.planId(), lines));
                frozen++;
            }
        }
        return frozen;
    }

    /** Reminds the responsible persons of every open round whose deadline is near, once per round. */
    @Transactional
    @PreAuthorize("permitAll()")
    public int remindDue(LocalDate today) {
        int reminded = 0;
        for (ReportingRound round : rounds.findOpen()) {
            if (round.needsReminder(today, reminderDays)) {
                round.reminded(clock.instant());
                rounds.saveAndFlush(round);
                ActionPlan plan = access.find(round.planId());
                for (long person : roundQueries.responsiblePeople(plan.id())) {
                    events.publishEvent(new ReportingReminder(
                            person, Permalinks.actionPlan(plan.slug()), plan.title(), round.title(), round.deadline()));
                }
                reminded++;
            }
        }
        return reminded;
    }

    /** The plan's state now, as a snapshot would hold it. */
    private List<RoundQueries.SnapshotRow> currentState(long planId, List<CommitmentLine> lines) {
        Map<Long, Long> latest = roundQueries.latestReports(planId);
        List<RoundQueries.SnapshotRow> rows = new ArrayList<>();
        for (CommitmentLine line : lines) {
            rows.add(new RoundQueries.SnapshotRow(line.id(), null, line.level(), line.overdueMilestones() > 0, null));
            for (MilestoneLine milestone : line.milestones()) {
                rows.add(new RoundQueries.SnapshotRow(
                        line.id(), milestone.id(), milestone.level(), milestone.overdue(), latest.get(milestone.id())));
            }
        }
        return rows;
    }

    private static String key(RoundQueries.SnapshotRow row) {
        @Nullable Long milestone = row.milestoneId();
        return row.commitmentId() + ":" + (milestone == null ? "" : milestone);
    }
}
