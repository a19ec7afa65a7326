package de.kokreation.actionplan;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A participant's comment on an implementation report, as shown under the report.
 *
 * @param authorName empty when the author's account is gone or the comment is hidden
 * @param stance whether the author agrees with the reported level; null when no side was taken
 * @param body the text; null when the plan's coordinators hid it
 * @param hiddenReason why it was hidden (public); null when it is shown
 */
public record ReportCommentLine(
        long id,
        long reportId,
        String authorName,
        @Nullable Stance stance,
        @Nullable String body,
        @Nullable String hiddenReason,
        Instant createdAt) {}
