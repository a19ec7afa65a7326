package de.kokreation.proposal;

import org.jspecify.annotations.Nullable;

/**
 * Published when a comment was posted: notifications tell the proposal's author and, for a reply,
 * the author of the comment replied to.
 */
public record CommentPosted(
        long commentId,
        long proposalId,
        long authorId,
        long proposalAuthorId,
        @Nullable Long parentCommentAuthorId) {}
