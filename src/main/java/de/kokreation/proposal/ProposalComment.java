package de.kokreation.proposal;

import de.kokreation.moderation.ModerationLimits;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shared.search.SearchTerms;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a proposal, possibly a reply to another comment. Deleting keeps the row so the
 * replies below it stay in place; only its text is gone.
 */
@Entity
@DynamicUpdate
@Table(name = "proposal_comment")
class ProposalComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private long proposalId;

    @Column(name = "parent_id", updatable = false)
    private @Nullable Long parentId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = ProposalLimits.COMMENT_MAX)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Column(name = "hidden_reason", length = ModerationLimits.REASON_MAX)
    private @Nullable String hiddenReason;

    @Column(name = "hidden_at")
    private @Nullable Instant hiddenAt;

    @Column(name = "hidden_by")
    private @Nullable Long hiddenBy;

    /** The analysed terms of the text, for search; empty once deleted. See {@link SearchTerms}. */
    @Column(name = "search_terms", nullable = false, length = 1_000_000)
    private String searchTerms = "";

    @Column(name = "search_version", nullable = false)
    private int searchVersion;

    @Version
    private long version;

    protected ProposalComment() {
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    ProposalComment(long proposalId, @Nullable Long parentId, long authorId, String body, Instant now) {
        this.proposalId = proposalId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = requireValidBody(body);
        this.createdAt = now;
        indexText();
    }

    static String requireValidBody(String body) {
        String stripped = body.strip();
        if (stripped.isEmpty()) {
            throw new DomainException("comment.error.empty");
        }
        if (stripped.length() > ProposalLimits.COMMENT_MAX) {
            throw new DomainException("comment.error.tooLong", ProposalLimits.COMMENT_MAX);
        }
        return stripped;
    }

    void edit(long editorId, String newBody, Instant now) {
        requireAuthor(editorId);
        if (isDeleted()) {
            throw new DomainException("comment.error.deleted");
        }
        this.body = requireValidBody(newBody);
        this.editedAt = now;
        indexText();
    }

    /** Soft delete: the thread keeps its shape, the text is erased. */
    void delete(long editorId, Instant now) {
        requireAuthor(editorId);
        if (isDeleted()) {
            return;
        }
        this.body = "";
        this.deletedAt = now;
        indexText();
    }

    private void indexText() {
        this.searchTerms = ProposalSearchTerms.commentTerms(body);
        this.searchVersion = SearchTerms.ANALYSIS_VERSION;
    }

    private void requireAuthor(long editorId) {
        if (editorId != authorId) {
            throw new NotPermittedException("comment.error.notAuthor");
        }
    }

    void hide(String reason, long moderatorId, Instant now) {
        this.hiddenReason = ModerationLimits.requireReason(reason);
        this.hiddenAt = now;
        this.hiddenBy = moderatorId;
    }

    void restore() {
        this.hiddenReason = null;
        this.hiddenAt = null;
        this.hiddenBy = null;
    }

    boolean isHidden() {
        return hiddenReason != null;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("comment not saved yet");
        }
        return id;
    }

    long proposalId() {
        return proposalId;
    }

    @Nullable
    Long parentId() {
        return parentId;
    }

    long authorId() {
        return authorId;
    }
}
