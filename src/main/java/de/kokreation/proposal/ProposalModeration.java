package de.kokreation.proposal;

import de.kokreation.consultation.ModerationRights;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.moderation.ModeratedContent;
import de.kokreation.moderation.ModerationQueue;
import de.kokreation.moderation.reads.OpenFlags;
import de.kokreation.shared.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Proposals and their comments as the moderation sees them: their theme group, author and hidden
 * state, the moderation's changes made through the guarded entities, and the rows of the leads'
 * queue. Called by the moderation's services, which check who may act and record it; each change
 * checks again that the caller moderates the item's theme group, since this bean is public.
 */
@Component
class ProposalModeration implements ModeratedContent {

    private static final ContentModerated.TargetType PROPOSAL = ContentModerated.TargetType.PROPOSAL;
    private static final ContentModerated.TargetType COMMENT = ContentModerated.TargetType.COMMENT;

    private final ProposalRepository proposals;
    private final CommentRepository comments;
    private final ResponseService responses;
    private final ModerationRights rights;
    private final JdbcTemplate jdbc;

    ProposalModeration(
            ProposalRepository proposals,
            CommentRepository comments,
            ResponseService responses,
            ModerationRights rights,
            JdbcTemplate jdbc) {
        this.proposals = proposals;
        this.comments = comments;
        this.responses = responses;
        this.rights = rights;
        this.jdbc = jdbc;
    }

    @Override
    public long themeGroupOf(ContentModerated.TargetType type, long targetId) {
        return type == PROPOSAL
                ? proposal(targetId).themeGroupId()
                : proposal(comment(checked(type, targetId)).proposalId()).themeGroupId();
    }

    @Override
    public boolean isHidden(ContentModerated.TargetType type, long targetId) {
        if (type == PROPOSAL) {
            return proposals.findById(targetId).map(Proposal::isHidden).orElse(false);
        }
        return comments.findById(checked(type, targetId))
                .map(comment -> comment.isHidden()
                        || proposals
                                .findById(comment.proposalId())
                                .map(Proposal::isHidden)
                                .orElse(false))
                .orElse(false);
    }

    @Override
    public long authorOf(ContentModerated.TargetType type, long targetId) {
        return type == PROPOSAL
                ? proposal(targetId).authorId()
                : comment(checked(type, targetId)).authorId();
    }

    @Override
    public void hide(ContentModerated.TargetType type, long targetId, String reason, long moderatorId, Instant at) {
        rights.requireModerator(themeGroupOf(type, targetId));
        if (type == PROPOSAL) {
            proposal(targetId).hide(reason, moderatorId, at);
        } else {
            comment(checked(type, targetId)).hide(reason, moderatorId, at);
        }
    }

    @Override
    public void restore(ContentModerated.TargetType type, long targetId, Instant at) {
        rights.requireModerator(themeGroupOf(type, targetId));
        if (type == PROPOSAL) {
            proposal(targetId).restore(at);
        } else {
            comment(checked(type, targetId)).restore();
        }
    }

    @Override
    public void markReviewed(long proposalId, Instant at) {
        moderated(proposalId).markReviewed(at);
    }

    @Override
    public void markDuplicate(long proposalId, long originalId, Instant at) {
        Proposal proposal = moderated(proposalId);
        proposal.markDuplicateOf(originalId, at);
        responses.answerAsDuplicate(proposal, "→ #" + originalId);
    }

    @Override
    public void move(long proposalId, long themeGroupId, Instant at) {
        moderated(proposalId).moveTo(themeGroupId, at);
    }

    @Override
    public List<QueueRow> queue(List<Long> themeGroupIds, ModerationQueue.Filter filter, int offset, int limit) {
        return jdbc.query(
                "select * from (" + candidates(themeGroupIds) + ") q" + where(filter)
                        + " order by case when flags > 0 then 0 else 1 end, last_flagged_at desc, created_at, target_id"
                        + " offset ? rows fetch next ? rows only",
                (row, n) -> new QueueRow(
                        ContentModerated.TargetType.valueOf(row.getString("target_type")),
                        row.getLong("target_id"),
                        row.getLong("proposal_id"),
                        row.getLong("theme_group_id"),
                        row.getString("text"),
                        row.getString("excerpt"),
                        row.getLong("author_id"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getInt("flags"),
                        row.getString("hidden_reason"),
                        row.getTimestamp("reviewed_at") != null),
                offset,
                limit);
    }

    @Override
    public long queueSize(List<Long> themeGroupIds, ModerationQueue.Filter filter) {
        Long count = jdbc.queryForObject(
                "select count(*) from (" + candidates(themeGroupIds) + ") q" + where(filter), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public java.util.Map<Long, ModerationQueue.QueueFigures> queueFigures(List<Long> themeGroupIds) {
        java.util.Map<Long, ModerationQueue.QueueFigures> figures = new java.util.HashMap<>();
        if (themeGroupIds.isEmpty()) {
            return figures;
        }
        // waiting since: a flagged entry since its latest open flag, an unreviewed proposal since it came in
        jdbc.query(
                "select theme_group_id, count(*), sum(case when flags > 0 then 1 else 0 end),"
                        + " min(case when flags > 0 then last_flagged_at else created_at end)"
                        + " from (" + candidates(themeGroupIds) + ") q group by theme_group_id",
                row -> {
                    java.sql.Timestamp oldest = row.getTimestamp(4);
                    figures.put(
                            row.getLong(1),
                            new ModerationQueue.QueueFigures(
                                    row.getLong(2), row.getLong(3), oldest == null ? null : oldest.toInstant()));
                });
        return figures;
    }

    /**
     * The proposals not yet reviewed or with open flags, and the comments with open flags (not
     * deleted), of the theme groups; with their open flags counted by the moderation's rule.
     */
    private static String candidates(List<Long> themeGroupIds) {
        String in = themeGroupIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return "select 'PROPOSAL' as target_type, p.id as target_id, p.id as proposal_id, p.theme_group_id,"
                + " p.title as text, substring(p.body_source, 1, " + (ModerationQueue.EXCERPT_LENGTH + 60)
                + ") as excerpt, p.author_id, p.created_at, "
                + OpenFlags.count(PROPOSAL, "p.id") + " as flags, "
                + OpenFlags.lastFlaggedAt(PROPOSAL, "p.id") + " as last_flagged_at, p.hidden_reason, p.reviewed_at"
                + " from proposal p"
                + " where p.theme_group_id in (" + in + ") and (p.reviewed_at is null or "
                + OpenFlags.exist(PROPOSAL, "p.id") + ")"
                + " union all"
                + " select 'COMMENT', c.id, c.proposal_id, p.theme_group_id, c.body, null, c.author_id, c.created_at, "
                + OpenFlags.count(COMMENT, "c.id") + ", " + OpenFlags.lastFlaggedAt(COMMENT, "c.id")
                + ", c.hidden_reason, null"
                + " from proposal_comment c join proposal p on p.id = c.proposal_id"
                + " where p.theme_group_id in (" + in + ") and c.deleted_at is null and "
                + OpenFlags.exist(COMMENT, "c.id");
    }

    private static String where(ModerationQueue.Filter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.flaggedOnly()) {
            conditions.add("flags > 0");
        }
        if (filter.newOnly()) {
            conditions.add("target_type = 'PROPOSAL' and reviewed_at is null");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private Proposal moderated(long proposalId) {
        Proposal proposal = proposal(proposalId);
        rights.requireModerator(proposal.themeGroupId());
        return proposal;
    }

    private Proposal proposal(long proposalId) {
        return proposals
                .findById(proposalId)
                .orElseThrow(() -> new NotFoundException("proposal.error.notFound", proposalId));
    }

    private ProposalComment comment(long commentId) {
        return comments.findById(commentId)
                .orElseThrow(() -> new NotFoundException("comment.error.notFound", commentId));
    }

    /** The id of a comment; the other kinds of content belong to other modules. */
    private static long checked(ContentModerated.TargetType type, long targetId) {
        if (type != COMMENT) {
            throw new IllegalArgumentException("not moderated here: " + type);
        }
        return targetId;
    }
}
