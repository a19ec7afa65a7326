package de.kokreation.moderation;

import de.kokreation.account.AccountAdministration;
import de.kokreation.account.CurrentUser;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do to content: hide with a public reason, restore, mark a proposal as duplicate
 * of another, move it to another theme group of the same consultation, mark it reviewed, block an
 * author. Only the moderators of the theme group at hand may (coordinators block); the content
 * changes through its owner ({@link ModeratedContent}), and every action is published for the
 * audit log in the same transaction.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ContentModeration {

    private static final ContentModerated.TargetType PROPOSAL = ContentModerated.TargetType.PROPOSAL;
    private static final ContentModerated.TargetType COMMENT = ContentModerated.TargetType.COMMENT;

    private final ModeratedContent content;
    private final ModerationRights rights;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final AccountAdministration accounts;
    private final Clock clock;

    ContentModeration(
            ModeratedContent content,
            ModerationRights rights,
            ConsultationService consultations,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            AccountAdministration accounts,
            Clock clock) {
        this.content = content;
        this.rights = rights;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public void hideProposal(long proposalId, String reason) {
        hide(PROPOSAL, proposalId, reason);
    }

    @Transactional
    public void restoreProposal(long proposalId) {
        restore(PROPOSAL, proposalId);
    }

    @Transactional
    public void hideComment(long commentId, String reason) {
        hide(COMMENT, commentId, reason);
    }

    @Transactional
    public void restoreComment(long commentId) {
        restore(COMMENT, commentId);
    }

    @Transactional
    public void markReviewed(long proposalId) {
        long themeGroupId = moderated(PROPOSAL, proposalId);
        content.markReviewed(proposalId, clock.instant());
        publish(ContentModerated.Action.MARK_REVIEWED, PROPOSAL, proposalId, themeGroupId, null);
    }

    /** Marks a proposal as duplicate of an original in the same consultation. */
    @Transactional
    public void markDuplicate(long proposalId, long originalId) {
        long themeGroupId = moderated(PROPOSAL, proposalId);
        if (consultationOf(content.themeGroupOf(PROPOSAL, originalId)) != consultationOf(themeGroupId)) {
            throw new DomainException("moderation.error.otherConsultation");
        }
        content.markDuplicate(proposalId, originalId, clock.instant());
        publish(ContentModerated.Action.MARK_DUPLICATE, PROPOSAL, proposalId, themeGroupId, "#" + originalId);
    }

    /** Moves a proposal to another theme group of the same consultation. */
    @Transactional
    public void moveProposal(long proposalId, long targetThemeGroupId) {
        long source = moderated(PROPOSAL, proposalId);
        if (consultationOf(targetThemeGroupId) != consultationOf(source)) {
            throw new DomainException("moderation.error.otherConsultation");
        }
        content.move(proposalId, targetThemeGroupId, clock.instant());
        publish(
                ContentModerated.Action.MOVE,
                PROPOSAL,
                proposalId,
                source,
                consultations.getThemeGroup(targetThemeGroupId).name());
    }

    /**
     * Blocks the author of a proposal or comment: for coordinators of its consultation and admins.
     * The author's content stays as it is; hiding it is a separate action.
     */
    @Transactional
    public void blockAuthor(ContentModerated.TargetType type, long targetId, String reason) {
        long themeGroupId = content.themeGroupOf(type, targetId);
        if (!rights.mayCoordinate(consultationOf(themeGroupId))) {
            throw new NotPermittedException("consultation.error.notCoordinator");
        }
        long authorId = content.authorOf(type, targetId);
        accounts.blockAuthor(authorId, ModerationLimits.requireReason(reason));
        publish(
                ContentModerated.Action.BLOCK_AUTHOR,
                ContentModerated.TargetType.ACCOUNT,
                authorId,
                themeGroupId,
                reason.strip());
    }

    /** The theme group a proposal or comment belongs to (for flags and the queue). */
    @Transactional(readOnly = true)
    public long themeGroupOf(ContentModerated.TargetType type, long targetId) {
        return content.themeGroupOf(type, targetId);
    }

    private void hide(ContentModerated.TargetType type, long targetId, String reason) {
        long themeGroupId = moderated(type, targetId);
        content.hide(type, targetId, reason, me(), clock.instant());
        publish(ContentModerated.Action.HIDE, type, targetId, themeGroupId, reason.strip());
    }

    private void restore(ContentModerated.TargetType type, long targetId) {
        long themeGroupId = moderated(type, targetId);
        content.restore(type, targetId, clock.instant());
        publish(ContentModerated.Action.RESTORE, type, targetId, themeGroupId, null);
    }

    /** The item's theme group, once the caller is known to moderate it. */
    private long moderated(ContentModerated.TargetType type, long targetId) {
        long themeGroupId = content.themeGroupOf(type, targetId);
        rights.requireModerator(themeGroupId);
        return themeGroupId;
    }

    private long consultationOf(long themeGroupId) {
        return consultations.getThemeGroup(themeGroupId).consultationId();
    }

    private long me() {
        return currentUser.require().accountId();
    }

    private void publish(
            ContentModerated.Action action,
            ContentModerated.TargetType type,
            long targetId,
            long themeGroupId,
            @Nullable String reason) {
        ThemeGroupSummary group = consultations.getThemeGroup(themeGroupId);
        events.publishEvent(
                new ContentModerated(action, type, targetId, themeGroupId, group.consultationId(), me(), reason));
    }
}
