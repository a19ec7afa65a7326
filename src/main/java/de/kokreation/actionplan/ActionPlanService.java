package de.kokreation.actionplan;

import de.kokreation.account.Role;
import de.kokreation.account.reads.AccountNames;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.DraftStatus;
import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans as a whole: admins create them and name their coordinators; the coordinators write
 * the plan's texts, take final draft commitments into it, order them and publish it. Everybody
 * reads published plans; a plan in preparation exists only for its coordinators.
 */
@Service
public class ActionPlanService {

    private final ActionPlanRepository plans;
    private final PlanCommitmentRepository commitments;
    private final PlanMilestoneRepository milestones;
    private final PlanAccess access;
    private final PlanQueries queries;
    private final DraftRows drafts;
    private final ConsultationService consultations;
    private final AccountNames accountNames;
    private final Clock clock;

    ActionPlanService(
            ActionPlanRepository plans,
            PlanCommitmentRepository commitments,
            PlanMilestoneRepository milestones,
            PlanAccess access,
            PlanQueries queries,
            DraftRows drafts,
            ConsultationService consultations,
            AccountNames accountNames,
            Clock clock) {
        this.plans = plans;
        this.commitments = commitments;
        this.milestones = milestones;
        this.access = access;
        this.queries = queries;
        this.drafts = drafts;
        this.consultations = consultations;
        this.accountNames = accountNames;
        this.clock = clock;
    }

    /** The published plans, and those in preparation the caller coordinates; newest period first. */
    @Transactional(readOnly = true)
    public List<PlanSummary> plans() {
        List<PlanSummary> all = queries.plans();
        if (all.stream().allMatch(PlanSummary::isPublished)) {
            return all;
        }
        Map<Long, ActionPlan> prepared =
                plans
                        .findAllById(all.stream()
                                .filter(plan -> !plan.isPublished())
                                .map(PlanSummary::id)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ActionPlan::id, Function.identity()));
        return all.stream()
                .filter(plan -> plan.isPublished() || access.mayCoordinate(prepared.get(plan.id())))
                .toList();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String create(String slug, PlanTexts texts) {
        String clean = slug.strip();
        if (plans.findBySlug(clean).isPresent()) {
            throw new DomainException("plan.error.slugTaken", clean);
        }
        return plans.save(new ActionPlan(clean, texts, clock.instant())).slug();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void addCoordinator(long planId, long accountId) {
        // The right is the assignment; no role flag: a plan's coordinator is no consultation's
        // coordinator and gets neither the moderation nor the management menus.
        access.find(planId).addCoordinator(accountId);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void removeCoordinator(long planId, long accountId) {
        access.find(planId).removeCoordinator(accountId);
    }

    /** The plan with its commitments in their order and their milestones. */
    @Transactional(readOnly = true)
    public PlanDetails plan(String slug) {
        ActionPlan plan = access.visible(slug);
        boolean mayCoordinate = access.mayCoordinate(plan);
        return new PlanDetails(
                queries.summary(plan),
                plan.texts().introduction(),
                accountNames.displayNames(plan.coordinatorAccountIds()),
                queries.commitments(plan.id(), LocalDate.now(clock)),
                mayCoordinate && !plan.isPublished(),
                mayCoordinate);
    }

    /** A published plan by id, for other modules' pages (its events); empty when unknown or not published. */
    @Transactional(readOnly = true)
    public java.util.Optional<PlanRef> publishedPlan(long planId) {
        return plans.findById(planId)
                .filter(ActionPlan::isPublished)
                .map(plan -> new PlanRef(plan.id(), plan.slug(), plan.title(), access.mayCoordinate(plan)));
    }

    /** A published plan by its address, for other modules' pages (its events). */
    @Transactional(readOnly = true)
    public java.util.Optional<PlanRef> publishedPlan(String slug) {
        return plans.findBySlug(slug)
                .filter(ActionPlan::isPublished)
                .map(plan -> new PlanRef(plan.id(), plan.slug(), plan.title(), access.mayCoordinate(plan)));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revise(long planId, PlanTexts texts) {
        access.coordinated(planId).revise(texts);
    }

    /** The final drafts of all consultations that are not yet in the plan. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AdoptableDraft> adoptableDrafts(long planId) {
        ActionPlan plan = access.coordinated(planId);
        Set<Long> taken = commitments.findByPlan(plan.id()).stream()
                .map(PlanCommitment::draftId)
                .collect(Collectors.toSet());
        Map<Long, ThemeGroupSummary> groups = consultations.allThemeGroups().stream()
                .filter(group -> group.currentPhase().showsDrafts())
                .collect(Collectors.toMap(ThemeGroupSummary::id, Function.identity()));
        return drafts.titles(groups.keySet()).stream()
                .filter(draft -> DraftStatus.FINAL.name().equals(draft.status()) && !taken.contains(draft.id()))
                .map(draft -> {
                    ThemeGroupSummary group = groups.get(draft.themeGroupId());
                    return new AdoptableDraft(draft.id(), draft.title(), group.consultationTitle(), group.name());
                })
                .sorted(Comparator.comparing(AdoptableDraft::consultationTitle)
                        .thenComparing(AdoptableDraft::themeGroupName)
                        .thenComparing(AdoptableDraft::title))
                .toList();
    }

    /** Takes a final draft into the plan as its last commitment; answers the commitment's number. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int adopt(long planId, long draftId) {
        ActionPlan plan = access.coordinated(planId);
        plan.requirePreparation();
        if (adoptableDrafts(planId).stream().noneMatch(draft -> draft.draftId() == draftId)) {
            throw new DomainException("plan.error.notAdoptable");
        }
        List<PlanCommitment> present = commitments.findByPlan(plan.id());
        if (present.size() >= ActionPlanLimits.COMMITMENTS_MAX) {
            throw new DomainException("plan.error.tooManyCommitments", ActionPlanLimits.COMMITMENTS_MAX);
        }
        DraftRows.Draft draft = drafts.drafts(List.of(draftId)).getFirst();
        int number = present.size() + 1;
        commitments.save(new PlanCommitment(
                plan.id(), number, draftId, draft.version(), draft.title(), draft.leadAgency(), clock.instant()));
        return number;
    }

    /** Takes a commitment out of a plan in preparation; the ones after it move up. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void remove(long planId, long commitmentId) {
        ActionPlan plan = access.coordinated(planId);
        plan.requirePreparation();
        List<PlanCommitment> present = new ArrayList<>(commitments.findByPlan(plan.id()));
        PlanCommitment removed = present.stream()
                .filter(commitment -> commitment.id() == commitmentId)
                .findFirst()
                .orElseThrow(() -> new DomainException("plan.error.commitmentNotFound", commitmentId));
        present.remove(removed);
        commitments.delete(removed);
        commitments.flush();
        renumber(present);
    }

    /** Moves a commitment of a plan in preparation to another number; the others keep their order. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void move(long planId, long commitmentId, int newNumber) {
        ActionPlan plan = access.coordinated(planId);
        plan.requirePreparation();
        List<PlanCommitment> present = new ArrayList<>(commitments.findByPlan(plan.id()));
        if (newNumber < 1 || newNumber > present.size()) {
            throw new DomainException("plan.error.number", present.size());
        }
        PlanCommitment moved = present.stream()
                .filter(commitment -> commitment.id() == commitmentId)
                .findFirst()
                .orElseThrow(() -> new DomainException("plan.error.commitmentNotFound", commitmentId));
        present.remove(moved);
        present.add(newNumber - 1, moved);
        renumber(present);
    }

    private void renumber(List<PlanCommitment> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    /**
     * Publishes the plan: each commitment takes its draft as it stands now (it must still be final),
     * its milestones are copied, and from then on the plan's text never changes.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void publish(long planId) {
        ActionPlan plan = access.coordinated(planId);
        List<PlanCommitment> present = commitments.findByPlan(plan.id());
        plan.publish(present.size(), clock.instant());
        Map<Long, DraftRows.Draft> current = new HashMap<>();
        drafts.drafts(present.stream().map(PlanCommitment::draftId).toList())
                .forEach(draft -> current.put(draft.id(), draft));
        Map<Long, Integer> versions = new HashMap<>();
        for (PlanCommitment commitment : present) {
            DraftRows.Draft draft = current.get(commitment.draftId());
            if (draft == null || !DraftStatus.FINAL.name().equals(draft.status())) {
                throw new DomainException("plan.error.draftNoLongerFinal", commitment.position(), commitment.title());
            }
            commitment.adopt(draft.version(), draft.title(), draft.leadAgency());
            versions.put(draft.id(), draft.version());
        }
        Map<Long, List<DraftRows.Milestone>> adopted = drafts.versionMilestones(versions);
        for (PlanCommitment commitment : present) {
            int position = 1;
            for (DraftRows.Milestone milestone : adopted.getOrDefault(commitment.draftId(), List.of())) {
                milestones.save(new PlanMilestone(
                        commitment.id(), position++, milestone.deliverable(), milestone.start(), milestone.end()));
            }
        }
    }

    /** Whether the caller may create plans and name their coordinators: admins only. */
    public boolean mayAdminister() {
        return access.me().map(me -> me.hasRole(Role.ADMIN)).orElse(false);
    }
}
