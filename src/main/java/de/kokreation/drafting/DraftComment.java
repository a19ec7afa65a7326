package de.kokreation.drafting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment on a draft commitment; a hidden one shows only the moderation's public reason. */
public record DraftComment(
        long id,
        String authorName,
        @Nullable String body,
        Instant createdAt,
        @Nullable String hiddenReason) {}
