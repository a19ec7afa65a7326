package de.kokreation.actionplan;

import de.kokreation.account.reads.AccountNames;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.Milestone;
import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.proposal.reads.ProposalFigures;
import de.kokreation.proposal.reads.PublicProposals;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.Permalinks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementation of a published plan: the coordinators name who is responsible for each
 * commitment; the responsible persons (and the coordinators) report per milestone or set the
 * commitment's level explicitly with a reason; every report is kept. When a commitment's level
 * changes, the authors of the proposals it grew from and its followers are told.
 */
@Service
public class ImplementationService {

    private final PlanAccess access;
    private final PlanQueries queries;
    private final PlanMilestoneRepository milestones;
    private final ImplementationReportRepository reports;
    private final DraftRows drafts;
    private final ProposalFigures proposalFigures;
    private final PublicProposals publicProposals;
    private final AccountNames accountNames;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImplementationService(
            PlanAccess access,
            PlanQueries queries,
            PlanMilestoneRepository milestones,
            ImplementationReportRepository reports,
            DraftRows drafts,
            ProposalFigures proposalFigures,
            PublicProposals publicProposals,
            AccountNames accountNames,
            ApplicationEventPublisher events,
            Clock clock) {
        this.access = access;
        this.queries = queries;
        this.milestones = milestones;
        this.reports = reports;
        this.drafts = drafts;
        this.proposalFigures = proposalFigures;
        this.publicProposals = publicProposals;
        this.accountNames = accountNames;
        this.events = events;
        this.clock = clock;
    }

    /** A commitment by its number in the plan, with its adopted text, milestones and history. */
    @Transactional(readOnly = true)
    public CommitmentDetails commitment(String planSlug, int number) {
        ActionPlan plan = access.visible(planSlug);
        LocalDate today = LocalDate.now(clock);
        CommitmentLine line = queries.commitments(plan.id(), today).stream()
                .filter(commitment -> commitment.number() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("plan.error.commitmentNotFound", number));
        PlanCommitment commitment = access.commitment(line.id());
        DraftRows.Draft adopted = drafts.versions(Map.of(commitment.draftId(), commitment.draftVersion()))
                .get(commitment.draftId());
        if (adopted == null) {
            throw new IllegalStateException("commitment " + line.id() + " names a missing draft version");
        }
        List<Milestone> adoptedMilestones = plan.isPublished()
                ? line.milestones().stream()
                        .map(m -> new Milestone(m.deliverable(), m.start(), m.end()))
                        .toList()
                : drafts
                        .versionMilestones(Map.of(commitment.draftId(), commitment.draftVersion()))
                        .getOrDefault(commitment.draftId(), List.of())
                        .stream()
                        .map(m -> new Milestone(m.deliverable(), m.start(), m.end()))
                        .toList();
        List<PlanQueries.StoredReport> stored = queries.reports(line.id());
        List<PlanQueries.StoredComment> storedComments =
                plan.isPublished() ? queries.reportComments(line.id()) : List.of();
        Set<Long> people = new LinkedHashSet<>(commitment.responsibleAccountIds());
        stored.stream()
                .map(PlanQueries.StoredReport::authorId)
                .filter(Objects::nonNull)
                .forEach(people::add);
        storedComments.stream()
                .map(PlanQueries.StoredComment::authorId)
                .filter(Objects::nonNull)
                .forEach(people::add);
        Map<Long, String> names = accountNames.displayNames(people);
        Map<Long, List<ReportCommentLine>> comments = new HashMap<>();
        for (PlanQueries.StoredComment comment : storedComments) {
            boolean hidden = comment.hiddenReason() != null;
            comments.computeIfAbsent(comment.reportId(), report -> new ArrayList<>())
                    .add(new ReportCommentLine(
                            comment.id(),
                            comment.reportId(),
                            hidden || comment.authorId() == null ? "" : names.getOrDefault(comment.authorId(), ""),
                            hidden ? null : comment.stance(),
                            hidden ? null : comment.body(),
                            comment.hiddenReason(),
                            comment.createdAt()));
        }
        Map<Long, String> responsible = new LinkedHashMap<>();
        commitment.responsibleAccountIds().forEach(id -> responsible.put(id, names.getOrDefault(id, "")));
        Map<Long, String> proposals = new LinkedHashMap<>();
        proposalFigures
                .visibleLines(
                        drafts.proposalsOf(List.of(commitment.draftId())).getOrDefault(commitment.draftId(), List.of()))
                .forEach(proposal -> proposals.put(proposal.id(), proposal.title()));
        return new CommitmentDetails(
                queries.summary(plan),
                line,
                content(adopted, adoptedMilestones),
                commitment.draftVersion(),
                commitment.levelExplicit() ? commitment.levelReason() : null,
                stored.stream()
                        .map(report -> new ReportLine(
                                report.id(),
                                report.milestoneNumber(),
                                report.authorId() == null ? "" : names.getOrDefault(report.authorId(), ""),
                                report.reportedAt(),
                                report.asOf(),
                                report.level(),
                                report.previousLevel(),
                                report.note(),
                                EvidenceLinks.split(report.evidenceLinks())))
                        .toList()
                        .reversed(),
                comments,
                responsible,
                proposals,
                plan.isPublished() && access.mayReport(plan, commitment),
                access.mayCoordinate(plan),
                access.me()
                        .map(me -> queries.follows(line.id(), me.accountId()))
                        .orElse(false));
    }

    /** Reports on a milestone; the commitment's level follows unless it was set explicitly. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void report(long milestoneId, ProgressReport report) {
        PlanMilestone milestone = milestones
                .findById(milestoneId)
                .orElseThrow(() -> new NotFoundException("plan.error.milestoneNotFound", milestoneId));
        PlanCommitment commitment = access.reportable(milestone.commitmentId());
        ProgressReport valid = report.validated(LocalDate.now(clock));
        CompletionLevel previous = milestone.report(valid.level(), clock.instant());
        milestones.flush();
        reports.save(
                ImplementationReport.onMilestone(milestone, access.myAccountId(), clock.instant(), valid, previous));
        if (commitment.follow(levelsOf(commitment), clock.instant())) {
            tellAboutLevel(commitment);
        }
    }

    /** Sets the commitment's level explicitly, with a reason; it no longer follows its milestones. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setLevel(long commitmentId, CompletionLevel level, String reason) {
        PlanCommitment commitment = access.reportable(commitmentId);
        CompletionLevel previous = commitment.level();
        boolean changed = commitment.setExplicitly(level, reason, clock.instant());
        reports.save(ImplementationReport.onCommitment(
                commitmentId, access.myAccountId(), clock.instant(), LocalDate.now(clock), level, previous, reason));
        if (changed) {
            tellAboutLevel(commitment);
        }
    }

    /** Gives an explicit level up again, with a reason; the level follows the milestones. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void followMilestones(long commitmentId, String reason) {
        PlanCommitment commitment = access.reportable(commitmentId);
        if (reason.isBlank() || reason.strip().length() > ActionPlanLimits.REASON_MAX) {
            throw new DomainException("plan.error.reasonRequired", ActionPlanLimits.REASON_MAX);
        }
        CompletionLevel previous = commitment.level();
        boolean changed = commitment.followMilestonesAgain(levelsOf(commitment), clock.instant());
        reports.save(ImplementationReport.onCommitment(
                commitmentId, access.myAccountId(), clock.instant(), LocalDate.now(clock), null, previous, reason));
        if (changed) {
            tellAboutLevel(commitment);
        }
    }

    /** Names a person responsible for the commitment; the plan's coordinators do. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void addResponsible(long commitmentId, long accountId) {
        PlanCommitment commitment = access.commitment(commitmentId);
        access.coordinated(commitment.planId());
        commitment.addResponsible(accountId);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void removeResponsible(long commitmentId, long accountId) {
        PlanCommitment commitment = access.commitment(commitmentId);
        access.coordinated(commitment.planId());
        commitment.removeResponsible(accountId);
    }

    /** Follows a commitment of a published plan: the caller hears when its level changes. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void follow(long commitmentId) {
        PlanCommitment commitment = access.commitment(commitmentId);
        access.visible(commitment.planId()).requirePublishedForReports();
        queries.follow(commitmentId, access.myAccountId(), clock.instant());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void unfollow(long commitmentId) {
        PlanCommitment commitment = access.commitment(commitmentId);
        access.visible(commitment.planId());
        queries.unfollow(commitmentId, access.myAccountId());
    }

    private List<CompletionLevel> levelsOf(PlanCommitment commitment) {
        return milestones.findByCommitment(commitment.id()).stream()
                .map(PlanMilestone::level)
                .toList();
    }

    /** One event per person to tell, in this transaction: the authors of the proposals and the followers. */
    private void tellAboutLevel(PlanCommitment commitment) {
        ActionPlan plan = access.find(commitment.planId());
        Set<Long> recipients = new LinkedHashSet<>(publicProposals.authorsOf(
                drafts.proposalsOf(List.of(commitment.draftId())).getOrDefault(commitment.draftId(), List.of())));
        recipients.addAll(queries.followers(commitment.id()));
        recipients.remove(access.myAccountId());
        String link = Permalinks.planCommitment(plan.slug(), commitment.position());
        for (long recipient : recipients) {
            events.publishEvent(new ImplementationNews(
                    recipient,
                    link,
                    plan.title(),
                    commitment.position(),
                    commitment.title(),
                    commitment.level().messageKey()));
        }
    }

    private static DraftContent content(DraftRows.Draft draft, List<Milestone> milestones) {
        return new DraftContent(
                draft.title(),
                draft.start(),
                draft.end(),
                draft.leadAgency(),
                draft.problem(),
                draft.commitment(),
                draft.contribution(),
                draft.ogpRelevance(),
                draft.additionalInfo(),
                draft.contactName(),
                draft.contactRole(),
                draft.contactEmail(),
                draft.actorsState(),
                draft.actorsCivilSociety(),
                draft.actorsPrivate(),
                milestones);
    }
}
