package de.kokreation.meeting;

import de.kokreation.account.AccountPrincipal;
import de.kokreation.account.CurrentUser;
import de.kokreation.account.Role;
import de.kokreation.actionplan.ActionPlanService;
import de.kokreation.actionplan.PlanRef;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one place that says who organises a meeting: for a consultation's meeting its coordinators
 * and the leads of a theme group it concerns; for the forum's meetings admins and coordinators.
 * Admins organise everything. Organisers edit the meeting and see who registered.
 */
@Component
class MeetingAccess {

    private final MeetingRepository meetings;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final ActionPlanService actionPlans;

    MeetingAccess(
            MeetingRepository meetings,
            ConsultationService consultations,
            CurrentUser currentUser,
            ActionPlanService actionPlans) {
        this.actionPlans = actionPlans;
        this.meetings = meetings;
        this.consultations = consultations;
        this.currentUser = currentUser;
    }

    Meeting find(long meetingId) {
        return meetings.findById(meetingId)
                .orElseThrow(() -> new NotFoundException("meeting.error.notFound", meetingId));
    }

    /** The meeting, locked for this transaction, if the caller organises it. */
    Meeting organisedForUpdate(long meetingId) {
        Meeting meeting = meetings.findForUpdate(meetingId)
                .orElseThrow(() -> new NotFoundException("meeting.error.notFound", meetingId));
        requireOrganiser(meeting);
        return meeting;
    }

    Meeting organised(long meetingId) {
        Meeting meeting = find(meetingId);
        requireOrganiser(meeting);
        return meeting;
    }

    void requireOrganiser(Meeting meeting) {
        if (!organises(meeting)) {
            throw new NotPermittedException("meeting.error.notOrganiser");
        }
    }

    boolean organises(Meeting meeting) {
        Long planId = meeting.actionPlanId();
        if (planId != null) {
            return me().isPresent() && coordinatesPlan(planId);
        }
        return me().map(me -> mayOrganise(me, meeting.consultationId(), meeting.themeGroupIds(), false))
                .orElse(false);
    }

    /** The caller coordinates the published plan (or is admin): organises its events. */
    boolean coordinatesPlan(long planId) {
        return actionPlans.publishedPlan(planId).map(PlanRef::mayCoordinate).orElse(false);
    }

    /** A published plan's coordinators (and admins) plan its events, which concern no theme group. */
    void requireMayCreateForPlan(long planId, Set<Long> themeGroupIds) {
        currentUser.require();
        PlanRef plan = actionPlans
                .publishedPlan(planId)
                .orElseThrow(() -> new NotFoundException("plan.error.notFound", planId));
        if (!themeGroupIds.isEmpty()) {
            throw new DomainException("meeting.error.themeGroups");
        }
        if (!plan.mayCoordinate()) {
            throw new NotPermittedException("meeting.error.notOrganiser");
        }
    }

    /**
     * Whether the caller may create a meeting of the consultation (or of the forum, {@code null})
     * concerning these theme groups, which must belong to the consultation. A lead creates
     * meetings of the groups they lead only.
     */
    void requireMayCreate(@Nullable Long consultationId, Set<Long> themeGroupIds) {
        AccountPrincipal me = currentUser.require();
        if (consultationId != null) {
            requireGroupsOf(consultationId, themeGroupIds);
        } else if (!themeGroupIds.isEmpty()) {
            throw new DomainException("meeting.error.themeGroups");
        }
        if (!mayOrganise(me, consultationId, themeGroupIds, true)) {
            throw new NotPermittedException("meeting.error.notOrganiser");
        }
    }

    /** Whether the caller may create any meeting of the consultation (or of the forum): for the links. */
    boolean mayCreateAny(@Nullable Long consultationId) {
        return me().map(me -> {
                    if (me.hasRole(Role.ADMIN)) {
                        return true;
                    }
                    if (consultationId == null) {
                        return me.hasRole(Role.COORDINATOR);
                    }
                    ConsultationDetails details = consultations.getConsultation(consultationId);
                    return details.consultation().coordinatorAccountIds().contains(me.accountId())
                            || details.themeGroups().stream()
                                    .anyMatch(group -> group.leadAccountIds().contains(me.accountId()));
                })
                .orElse(false);
    }

    void requireGroupsOf(long consultationId, Set<Long> themeGroupIds) {
        Set<Long> ofConsultation = consultations.getConsultation(consultationId).themeGroups().stream()
                .map(ThemeGroupSummary::id)
                .collect(Collectors.toSet());
        if (!ofConsultation.containsAll(themeGroupIds)) {
            throw new DomainException("meeting.error.themeGroups");
        }
    }

    /**
     * A lead organises a meeting that concerns one of their groups; they create only meetings
     * whose groups they all lead, so that nobody plans in another lead's name.
     */
    private boolean mayOrganise(
            AccountPrincipal me, @Nullable Long consultationId, Collection<Long> themeGroupIds, boolean creating) {
        if (me.hasRole(Role.ADMIN)) {
            return true;
        }
        if (consultationId == null) {
            return me.hasRole(Role.COORDINATOR);
        }
        ConsultationDetails details = consultations.getConsultation(consultationId);
        if (details.consultation().coordinatorAccountIds().contains(me.accountId())) {
            return true;
        }
        var concerned = details.themeGroups().stream().filter(group -> themeGroupIds.contains(group.id()));
        return !themeGroupIds.isEmpty()
                && (creating
                        ? concerned.allMatch(group -> group.leadAccountIds().contains(me.accountId()))
                        : concerned.anyMatch(group -> group.leadAccountIds().contains(me.accountId())));
    }

    Optional<AccountPrincipal> me() {
        return currentUser.find();
    }

    long myAccountId() {
        return currentUser.require().accountId();
    }
}
