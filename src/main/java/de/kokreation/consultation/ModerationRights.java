package de.kokreation.consultation;

import de.kokreation.account.AccountPrincipal;
import de.kokreation.account.CurrentUser;
import de.kokreation.account.Role;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who moderates a theme group: its leads, the coordinators of its consultation, and admins. Lead
 * of group A is no moderator of group B.
 */
@Component
public class ModerationRights {

    private final ThemeGroupRepository themeGroups;
    private final ConsultationRepository consultations;
    private final CurrentUser currentUser;

    ModerationRights(ThemeGroupRepository themeGroups, ConsultationRepository consultations, CurrentUser currentUser) {
        this.themeGroups = themeGroups;
        this.consultations = consultations;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public boolean mayModerate(long themeGroupId) {
        return currentUser
                .find()
                .map(me -> themeGroups
                        .findWithConsultation(themeGroupId)
                        .map(group -> moderates(me, group))
                        .orElse(false))
                .orElse(false);
    }

    /** The caller moderates the group, or a {@link NotPermittedException} says why not. */
    @Transactional(readOnly = true)
    public void requireModerator(long themeGroupId) {
        AccountPrincipal me = currentUser.require();
        ThemeGroup group = themeGroups
                .findWithConsultation(themeGroupId)
                .orElseThrow(() -> new NotFoundException("themeGroup.error.notFound", themeGroupId));
        if (!moderates(me, group)) {
            throw new NotPermittedException("moderation.error.notModerator");
        }
    }

    /** The caller coordinates the consultation (or is admin): may read its audit log, block authors. */
    @Transactional(readOnly = true)
    public boolean mayCoordinate(long consultationId) {
        return currentUser
                .find()
                .map(me -> me.hasRole(Role.ADMIN)
                        || consultations
                                .findById(consultationId)
                                .map(consultation ->
                                        consultation.coordinatorAccountIds().contains(me.accountId()))
                                .orElse(false))
                .orElse(false);
    }

    /** The theme groups the caller moderates. */
    @Transactional(readOnly = true)
    public List<Long> moderatedThemeGroupIds() {
        AccountPrincipal me = currentUser.require();
        if (me.hasRole(Role.ADMIN)) {
            return themeGroups.findAll().stream().map(ThemeGroup::id).toList();
        }
        return themeGroups.findModeratedBy(me.accountId());
    }

    /** The theme groups the caller moderates; none for a visitor who is not signed in. */
    @Transactional(readOnly = true)
    public List<Long> moderatedThemeGroupIdsIfSignedIn() {
        return currentUser.find().isPresent() ? moderatedThemeGroupIds() : List.of();
    }

    private static boolean moderates(AccountPrincipal me, ThemeGroup group) {
        return me.hasRole(Role.ADMIN)
                || group.leadAccountIds().contains(me.accountId())
                || group.consultation().coordinatorAccountIds().contains(me.accountId());
    }
}
