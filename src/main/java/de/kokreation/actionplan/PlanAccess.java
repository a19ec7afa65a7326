package de.kokreation.actionplan;

import de.kokreation.account.AccountPrincipal;
import de.kokreation.account.CurrentUser;
import de.kokreation.account.Role;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The one place that says who may see and do what with a plan: its coordinators (and admins)
 * assemble and publish it and name the responsible persons; a commitment's responsible persons
 * (and the plan's coordinators) report on it; a plan in preparation does not exist for anyone else.
 */
@Component
class PlanAccess {

    private final ActionPlanRepository plans;
    private final PlanCommitmentRepository commitments;
    private final CurrentUser currentUser;
    private final PlanQueries queries;

    PlanAccess(
            ActionPlanRepository plans,
            PlanCommitmentRepository commitments,
            CurrentUser currentUser,
            PlanQueries queries) {
        this.plans = plans;
        this.commitments = commitments;
        this.currentUser = currentUser;
        this.queries = queries;
    }

    /** The plan if the caller may read it. */
    ActionPlan visible(String slug) {
        ActionPlan plan = plans.findBySlug(slug).orElseThrow(() -> new NotFoundException("plan.error.notFound", slug));
        return requireVisible(plan);
    }

    ActionPlan visible(long planId) {
        return requireVisible(find(planId));
    }

    private ActionPlan requireVisible(ActionPlan plan) {
        if (!plan.isPublished() && !mayCoordinate(plan)) {
            throw new NotFoundException("plan.error.notFound", plan.slug());
        }
        return plan;
    }

    /** The plan if the caller coordinates it; otherwise a refusal (or not found, if it is private). */
    ActionPlan coordinated(long planId) {
        ActionPlan plan = visible(planId);
        if (!mayCoordinate(plan)) {
            throw new NotPermittedException("plan.error.notCoordinator");
        }
        return plan;
    }

    boolean mayCoordinate(ActionPlan plan) {
        return me().map(me -> me.hasRole(Role.ADMIN) || plan.isCoordinatedBy(me.accountId()))
                .orElse(false);
    }

    /** The commitment of a published plan if the caller may report on it. */
    PlanCommitment reportable(long commitmentId) {
        PlanCommitment commitment = commitment(commitmentId);
        ActionPlan plan = visible(commitment.planId());
        if (!mayReport(plan, commitment)) {
            throw new NotPermittedException("plan.error.notResponsible");
        }
        plan.requirePublishedForReports();
        return commitment;
    }

    boolean mayReport(ActionPlan plan, PlanCommitment commitment) {
        return mayCoordinate(plan)
                || me().map(me -> commitment.isResponsible(me.accountId())).orElse(false);
    }

    /** The commitments of the plan the caller may report on, by the rule of {@link #mayReport}, in one query. */
    List<Long> reportableCommitmentIds(ActionPlan plan) {
        return me().map(me -> queries.commitmentIds(plan.id(), me.accountId(), mayCoordinate(plan)))
                .orElse(List.of());
    }

    PlanCommitment commitment(long commitmentId) {
        return commitments
                .findById(commitmentId)
                .orElseThrow(() -> new NotFoundException("plan.error.commitmentNotFound", commitmentId));
    }

    ActionPlan find(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFoundException("plan.error.notFound", planId));
    }

    Optional<AccountPrincipal> me() {
        return currentUser.find();
    }

    long myAccountId() {
        return currentUser.require().accountId();
    }
}
