package de.kokreation.proposal;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment with its replies. A deleted comment keeps its place in the thread; its {@code body}
 * is then null and the UI says so.
 */
public record CommentNode(
        long id,
        @Nullable Long parentId,
        String authorName,
        @Nullable String body,
        Instant createdAt,
        @Nullable Instant editedAt,
        boolean deleted,
        boolean mine,
        List<CommentNode> replies,
        @Nullable String hiddenReason) {}
