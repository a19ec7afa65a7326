package de.kokreation.drafting;

import de.kokreation.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's comment on a published draft commitment. It guards its own state as a comment on a
 * proposal does: the text is checked when written, and hiding needs a public reason.
 */
@Entity
@Table(name = "draft_comment")
class CommentOnDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, updatable = false, length = DraftLimits.COMMENT_MAX)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "hidden_reason", length = DraftLimits.REASON_MAX)
    private @Nullable String hiddenReason;

    @Column(name = "hidden_at")
    private @Nullable Instant hiddenAt;

    @Column(name = "hidden_by")
    private @Nullable Long hiddenBy;

    protected CommentOnDraft() {
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    CommentOnDraft(long draftId, long authorId, String body, Instant now) {
        String text = body.strip();
        if (text.isEmpty()) {
            throw new DomainException("comment.error.empty");
        }
        if (text.length() > DraftLimits.COMMENT_MAX) {
            throw new DomainException("comment.error.tooLong", DraftLimits.COMMENT_MAX);
        }
        this.draftId = draftId;
        this.authorId = authorId;
        this.body = text;
        this.createdAt = now;
    }

    /** Hides the comment with a public reason; it keeps its place without its text. */
    void hide(String reason, long moderatorId, Instant now) {
        String clean = reason.strip();
        if (clean.isEmpty() || clean.length() > DraftLimits.REASON_MAX) {
            throw new DomainException("draft.error.reasonRequired", DraftLimits.REASON_MAX);
        }
        this.hiddenReason = clean;
        this.hiddenAt = now;
        this.hiddenBy = moderatorId;
    }

    long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    long draftId() {
        return draftId;
    }

    boolean isHidden() {
        return hiddenReason != null;
    }

    @Nullable
    String hiddenReason() {
        return hiddenReason;
    }
}
