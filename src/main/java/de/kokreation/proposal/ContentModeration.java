package de.kokreation.proposal;

import de.kokreation.account.AccountAdministration;
import de.kokreation.account.CurrentUser;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do to content: hide with a public reason, restore, mark a proposal as duplicate
 * of another, move it to another theme group of the same consultation, mark it reviewed. Only the
 * moderators of the theme group at hand may; every action is published for the audit log.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ContentModeration {

    private final ProposalRepository proposals;
    private final CommentRepository comments;
    private final ModerationRights rights;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final ResponseService responses;
    private final Clock clock;
    private final AccountAdministration accounts;

    ContentModeration(
            ProposalRepository proposals,
            CommentRepository comments,
            ModerationRights rights,
            ConsultationService consultations,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            ResponseService responses,
            Clock clock,
            AccountAdministration accounts) {
        this.accounts = accounts;
        this.responses = responses;
        this.proposals = proposals;
        this.comments = comments;
        this.rights = rights;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void hideProposal(long proposalId, String reason) {
        Proposal proposal = moderated(proposalId);
        proposal.hide(reason, me(), clock.instant());
        publish(
                ContentModerated.Action.HIDE,
                ContentModerated.TargetType.PROPOSAL,
                proposalId,
                proposal.themeGroupId(),
                reason.strip());
    }

    @Transactional
    public void restoreProposal(long proposalId) {
        Proposal proposal = moderated(proposalId);
        proposal.restore(clock.instant());
        publish(
                ContentModerated.Action.RESTORE,
                ContentModerated.TargetType.PROPOSAL,
                proposalId,
                proposal.themeGroupId(),
                null);
    }

    @Transactional
    public void markReviewed(long proposalId) {
        Proposal proposal = moderated(proposalId);
        proposal.markReviewed(clock.instant());
        publish(
                ContentModerated.Action.MARK_REVIEWED,
                ContentModerated.TargetType.PROPOSAL,
                proposalId,
                proposal.themeGroupId(),
                null);
    }

    /** Marks a proposal as duplicate of an original in the same consultation. */
    @Transactional
    public void markDuplicate(long proposalId, long originalId) {
        Proposal proposal = moderated(proposalId);
        Proposal original = proposals
                .findById(originalId)
                .orElseThrow(() -> new NotFoundException("proposal.error.notFound", originalId));
        if (consultationOf(original.themeGroupId()) != consultationOf(proposal.themeGroupId())) {
            throw new DomainException("moderation.error.otherConsultation");
        }
        proposal.markDuplicateOf(originalId, clock.instant());
        responses.answerAsDuplicate(proposal, "→ #" + originalId);
        publish(
                ContentModerated.Action.MARK_DUPLICATE,
                ContentModerated.TargetType.PROPOSAL,
                proposalId,
                proposal.themeGroupId(),
                "#" + originalId);
    }

    /** Moves a proposal to another theme group of the same consultation. */
    @Transactional
    public void moveProposal(long proposalId, long targetThemeGroupId) {
        Proposal proposal = moderated(proposalId);
        long source = proposal.themeGroupId();
        if (consultationOf(targetThemeGroupId) != consultationOf(source)) {
            throw new DomainException("moderation.error.otherConsultation");
        }
        proposal.moveTo(targetThemeGroupId, clock.instant());
        publish(
                ContentModerated.Action.MOVE,
                ContentModerated.TargetType.PROPOSAL,
                proposalId,
                source,
                consultations.getThemeGroup(targetThemeGroupId).name());
    }

    @Transactional
    public void hideComment(long commentId, String reason) {
        ProposalComment comment = moderatedComment(commentId);
        comment.hide(reason, me(), clock.instant());
        publish(
                ContentModerated.Action.HIDE,
                ContentModerated.TargetType.COMMENT,
                commentId,
                themeGroupOfComment(comment),
                reason.strip());
    }

    @Transactional
    public void restoreComment(long commentId) {
        ProposalComment comment = moderatedComment(commentId);
        comment.restore();
        publish(
                ContentModerated.Action.RESTORE,
                ContentModerated.TargetType.COMMENT,
                commentId,
                themeGroupOfComment(comment),
                null);
    }

    /**
     * Blocks the author of a proposal or comment: for coordinators of its consultation and admins.
     * The author's content stays as it is; hiding it is a separate action.
     */
    @Transactional
    public void blockAuthor(ContentModerated.TargetType type, long targetId, String reason) {
        long themeGroupId = themeGroupOf(type, targetId);
        long consultationId = consultationOf(themeGroupId);
        if (!rights.mayCoordinate(consultationId)) {
            throw new NotPermittedException("consultation.error.notCoordinator");
        }
        long authorId = type == ContentModerated.TargetType.PROPOSAL
                ? proposals
                        .findById(targetId)
                        .orElseThrow(() -> new NotFoundException("proposal.error.notFound", targetId))
                        .authorId()
                : comments.findById(targetId)
                        .orElseThrow(() -> new NotFoundException("comment.error.notFound", targetId))
                        .authorId();
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
        if (type == ContentModerated.TargetType.PROPOSAL) {
            return proposals
                    .findById(targetId)
                    .orElseThrow(() -> new NotFoundException("proposal.error.notFound", targetId))
                    .themeGroupId();
        }
        return themeGroupOfComment(comments.findById(targetId)
                .orElseThrow(() -> new NotFoundException("comment.error.notFound", targetId)));
    }

    /**
     * Whether the item is hidden, or belongs to a hidden proposal: hidden content is closed for
     * participation, flags included.
     */
    boolean isHidden(ContentModerated.TargetType type, long targetId) {
        if (type == ContentModerated.TargetType.PROPOSAL) {
            return proposals.findById(targetId).map(Proposal::isHidden).orElse(false);
        }
        return comments.findById(targetId)
                .map(comment -> comment.isHidden()
                        || proposals
                                .findById(comment.proposalId())
                                .map(Proposal::isHidden)
                                .orElse(false))
                .orElse(false);
    }

    private Proposal moderated(long proposalId) {
        Proposal proposal = proposals
                .findById(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal.error.notFound", proposalId));
        rights.requireModerator(proposal.themeGroupId());
        return proposal;
    }

    private ProposalComment moderatedComment(long commentId) {
        ProposalComment comment = comments.findById(commentId)
                .orElseThrow(() -> new NotFoundException("comment.error.notFound", commentId));
        rights.requireModerator(themeGroupOfComment(comment));
        return comment;
    }

    private long themeGroupOfComment(ProposalComment comment) {
        return proposals.findById(comment.proposalId()).orElseThrow().themeGroupId();
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
