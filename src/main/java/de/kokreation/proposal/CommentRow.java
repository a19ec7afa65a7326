package de.kokreation.proposal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment with its author's name, as a thread is built from. */
record CommentRow(
        long id,
        @Nullable Long parentId,
        long authorId,
        String authorName,
        String body,
        Instant createdAt,
        @Nullable Instant editedAt,
        @Nullable Instant deletedAt,
        @Nullable String hiddenReason) {

    CommentRow named(String name) {
        return new CommentRow(id, parentId, authorId, name, body, createdAt, editedAt, deletedAt, hiddenReason);
    }
}
