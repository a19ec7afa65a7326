package de.kokreation.proposal;

import org.jspecify.annotations.Nullable;

/**
 * Published when a comment was posted: notifications tell the proposal's author (none for a card typed in from a meeting) and, for a reply,
 * the author of the comment replied to.
 */
public record CommentPosted(
        long commentId,
        long proposalId,
        long authorId,
        @Nullable Long proposalAuthorId,
        @Nullable Long parentCommentAuthorId) {}
