package de.kokreation.proposal;

import de.kokreation.account.AccountPrincipal;
import de.kokreation.account.CurrentUser;
import de.kokreation.account.reads.AccountNames;
import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comment threads on proposals: read by everyone, written by logged-in participants. */
@Service
@Transactional(readOnly = true)
public class CommentService {

    private final AccountNames accountNames;
    private final CommentRepository comments;
    private final ProposalRepository proposals;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ModerationRights rights;

    CommentService(
            CommentRepository comments,
            ProposalRepository proposals,
            ConsultationService consultations,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            ModerationRights rights,
            AccountNames accountNames) {
        this.accountNames = accountNames;
        this.rights = rights;
        this.comments = comments;
        this.proposals = proposals;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The whole thread of a proposal in one query, oldest first at every level. */
    public List<CommentNode> thread(long proposalId) {
        // A hidden proposal's thread is closed with it; its moderators still read it.
        Proposal proposal = proposals
                .findById(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal.error.notFound", proposalId));
        if (proposal.isHidden() && !rights.mayModerate(proposal.themeGroupId())) {
            return List.of();
        }
        Optional<Long> viewerId = currentUser.accountId();
        List<CommentRow> unnamed = comments.findThreadRows(proposalId);
        Map<Long, String> names = accountNames.displayNames(
                unnamed.stream().map(CommentRow::authorId).toList());
        List<CommentRow> rows = unnamed.stream()
                .map(row -> row.named(names.getOrDefault(row.authorId(), "")))
                .toList();
        Map<Long, List<CommentRow>> childrenByParent = new HashMap<>();
        List<CommentRow> roots = new ArrayList<>();
        for (CommentRow row : rows) {
            if (row.parentId() == null) {
                roots.add(row);
            } else {
                childrenByParent
                        .computeIfAbsent(row.parentId(), key -> new ArrayList<>())
                        .add(row);
            }
        }
        return roots.stream()
                .map(root -> toNode(root, childrenByParent, viewerId))
                .toList();
    }

    /**
     * One comment as the thread shows it, without its replies: the caller's own new comment, shown
     * without reading and drawing the whole thread again. Only what {@link #thread} would show.
     */
    @Transactional(readOnly = true)
    public CommentNode comment(long proposalId, long commentId) {
        Proposal proposal = proposals
                .findById(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal.error.notFound", proposalId));
        if (proposal.isHidden() && !rights.mayModerate(proposal.themeGroupId())) {
            throw new NotFoundException("comment.error.notFound", commentId);
        }
        CommentRow row = comments.findRow(proposalId, commentId)
                .orElseThrow(() -> new NotFoundException("comment.error.notFound", commentId));
        String name = accountNames.displayNames(List.of(row.authorId())).getOrDefault(row.authorId(), "");
        return toNode(row.named(name), Map.of(), currentUser.accountId());
    }

    private static CommentNode toNode(
            CommentRow row, Map<Long, List<CommentRow>> childrenByParent, Optional<Long> viewerId) {
        List<CommentNode> replies = childrenByParent.getOrDefault(row.id(), List.of()).stream()
                .map(child -> toNode(child, childrenByParent, viewerId))
                .toList();
        boolean deleted = row.deletedAt() != null;
        boolean mine = viewerId.map(id -> id == row.authorId()).orElse(false);
        boolean hidden = row.hiddenReason() != null;
        return new CommentNode(
                row.id(),
                row.parentId(),
                row.authorName(),
                deleted || hidden ? null : row.body(),
                row.createdAt(),
                row.editedAt(),
                deleted,
                mine && !deleted && !hidden,
                replies,
                row.hiddenReason());
    }

    /** Threads nest at most this deep; deeper replies join the deepest level, so threads stay readable. */
    static final int MAX_DEPTH = 8;

    /**
     * The comment a reply to {@code parent} hangs on: the parent itself, or, when the parent is at
     * the deepest level already, the parent's own parent (so the reply appears next to it).
     */
    private Long within(ProposalComment parent, int maxDepth) {
        List<ProposalComment> chain = new ArrayList<>(); // parent first, root last
        ProposalComment current = parent;
        chain.add(current);
        while (current.parentId() != null && chain.size() < 100) {
            current = comments.findById(current.parentId()).orElseThrow();
            chain.add(current);
        }
        int parentDepth = chain.size();
        if (parentDepth < maxDepth) {
            return parent.id();
        }
        // The ancestor at depth maxDepth - 1: its replies are at depth maxDepth.
        return chain.get(parentDepth - (maxDepth - 1)).id();
    }

    /** Posts a comment, or a reply when {@code parentId} is given; only while collection runs. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public long post(long proposalId, @Nullable Long parentId, String body) {
        AccountPrincipal author = currentUser.require();
        Proposal proposal = proposals
                .findById(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal.error.notFound", proposalId));
        requireCommentingOpen(proposal);
        Long parentAuthorId = null;
        Long attachTo = parentId;
        if (parentId != null) {
            ProposalComment parent = comments.findById(parentId)
                    .filter(candidate -> candidate.proposalId() == proposalId)
                    .orElseThrow(() -> new NotFoundException("comment.error.notFound", parentId));
            parentAuthorId = parent.authorId();
            attachTo = within(parent, MAX_DEPTH);
        }
        ProposalComment comment =
                comments.save(new ProposalComment(proposalId, attachTo, author.accountId(), body, clock.instant()));
        proposals.adjustCommentCount(proposalId, +1);
        events.publishEvent(new CommentPosted(
                comment.id(), proposalId, author.accountId(), proposal.personToTell(), parentAuthorId));
        return comment.id();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void edit(long commentId, String body) {
        AccountPrincipal editor = currentUser.require();
        ProposalComment comment = find(commentId);
        requireCommentingOpen(proposals.findById(comment.proposalId()).orElseThrow());
        comment.edit(editor.accountId(), body, clock.instant());
    }

    /** Deletes one's own comment softly; allowed in every phase, since it concerns one's own words. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void delete(long commentId) {
        AccountPrincipal editor = currentUser.require();
        ProposalComment comment = find(commentId);
        if (comment.isDeleted()) {
            return;
        }
        comment.delete(editor.accountId(), clock.instant());
        proposals.adjustCommentCount(comment.proposalId(), -1);
    }

    private void requireCommentingOpen(Proposal proposal) {
        if (proposal.isHidden()) {
            throw new DomainException("proposal.error.hidden");
        }
        if (!consultations.currentPhaseOfThemeGroup(proposal.themeGroupId()).allowsProposalComments()) {
            throw new DomainException("comment.error.closed");
        }
    }

    private ProposalComment find(long commentId) {
        return comments.findById(commentId)
                .orElseThrow(() -> new NotFoundException("comment.error.notFound", commentId));
    }
}
