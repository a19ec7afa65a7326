package de.kokreation.moderation;

import org.jspecify.annotations.Nullable;

/**
 * A moderator acted on a proposal, a comment, a draft or an author. Published inside the acting transaction, so the
 * audit log that listens to it is written in the same transaction: no action without its record.
 */
public record ContentModerated(
        Action action,
        TargetType targetType,
        long targetId,
        long themeGroupId,
        long consultationId,
        long actorId,
        @Nullable String reason) {

    public enum Action {
        HIDE,
        RESTORE,
        MARK_DUPLICATE,
        MOVE,
        MARK_REVIEWED,
        DISMISS_FLAGS,
        BLOCK_AUTHOR,
        PUBLISH_DRAFT,
        FINALIZE_DRAFT,
        WITHDRAW_DRAFT
    }

    public enum TargetType {
        PROPOSAL,
        COMMENT,
        ACCOUNT,
        DRAFT,
        DRAFT_COMMENT
    }
}
