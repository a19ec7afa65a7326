package de.kokreation.moderation;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The content the moderation acts on, offered by the module that owns it (proposals and their
 * comments). The moderation decides who may act, records what was done and publishes it; the
 * owner changes its content through its guarded entities and answers the queue's rows. Calls
 * come only from the moderation's services, after their authorization.
 */
public interface ModeratedContent {

    /** The theme group of a proposal or comment; a {@code NotFoundException} when there is none. */
    long themeGroupOf(ContentModerated.TargetType type, long targetId);

    /** Whether the item is hidden or belongs to a hidden proposal: closed for participation, flags included. */
    boolean isHidden(ContentModerated.TargetType type, long targetId);

    /** The author of a proposal or comment. */
    long authorOf(ContentModerated.TargetType type, long targetId);

    /** Hides a proposal or comment with a public reason (checked by the content, see {@link ModerationLimits}). */
    void hide(ContentModerated.TargetType type, long targetId, String reason, long moderatorId, Instant at);

    /** Shows a hidden proposal or comment again. */
    void restore(ContentModerated.TargetType type, long targetId, Instant at);

    void markReviewed(long proposalId, Instant at);

    /** Marks a proposal as duplicate of another (of the same consultation, checked by the caller). */
    void markDuplicate(long proposalId, long originalId, Instant at);

    /** Moves a proposal to another theme group (of the same consultation, checked by the caller). */
    void move(long proposalId, long themeGroupId, Instant at);

    /**
     * One page of what needs a moderator in these theme groups: unreviewed proposals, and proposals
     * and comments with open flags (see {@link de.kokreation.moderation.reads.OpenFlags}); flagged
     * first, the most recently flagged at the top, then the unreviewed oldest first.
     */
    List<QueueRow> queue(List<Long> themeGroupIds, ModerationQueue.Filter filter, int offset, int limit);

    /** How many rows {@link #queue} has in all. */
    long queueSize(List<Long> themeGroupIds, ModerationQueue.Filter filter);

    /** The queue's size and age per theme group, in one aggregate query; groups with an empty queue are missing. */
    java.util.Map<Long, ModerationQueue.QueueFigures> queueFigures(List<Long> themeGroupIds);

    /**
     * A row of the queue as the owner stores it: {@code text} is a proposal's title or a comment's
     * text, {@code body} the beginning of a proposal's text.
     */
    record QueueRow(
            ContentModerated.TargetType type,
            long targetId,
            long proposalId,
            long themeGroupId,
            String text,
            @Nullable String body,
            long authorId,
            Instant createdAt,
            int openFlags,
            @Nullable String hiddenReason,
            boolean reviewed) {}
}
