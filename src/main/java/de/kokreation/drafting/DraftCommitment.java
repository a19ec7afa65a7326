package de.kokreation.drafting;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.MessageKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A draft commitment of a theme group. Its content lives in {@link DraftVersion}s; this aggregate
 * guards the status flow and that no save overwrites another one unseen.
 */
@Entity
@Table(name = "draft_commitment")
class DraftCommitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "theme_group_id", nullable = false, updatable = false)
    private long themeGroupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DraftStatus status;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(nullable = false, length = DraftLimits.TITLE_MAX)
    private String title;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "status_reason", length = DraftLimits.REASON_MAX)
    private @Nullable String statusReason;

    // Changed only by atomic UPDATE statements, never written back from a stale entity.
    @Column(name = "votes_for", nullable = false, insertable = false, updatable = false)
    private int votesFor;

    @Column(name = "votes_against", nullable = false, insertable = false, updatable = false)
    private int votesAgainst;

    @Column(name = "comment_count", nullable = false, insertable = false, updatable = false)
    private int commentCount;

    @Version
    private long version;

    protected DraftCommitment() {
        this.status = DraftStatus.IN_PREPARATION;
        this.title = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    DraftCommitment(long themeGroupId, String title, Instant now) {
        this.themeGroupId = themeGroupId;
        this.status = DraftStatus.IN_PREPARATION;
        this.currentVersion = 0;
        this.title = title;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Takes the next version number for a save that started from {@code baseVersion}. When someone
     * else saved in between, the save is refused: nobody's text is overwritten unseen.
     */
    int nextVersion(int baseVersion, String newTitle, Instant now) {
        if (status == DraftStatus.WITHDRAWN) {
            throw new DomainException("draft.error.withdrawn");
        }
        if (baseVersion != currentVersion) {
            throw new DraftEditConflict(currentVersion);
        }
        currentVersion++;
        title = newTitle;
        updatedAt = now;
        return currentVersion;
    }

    /** Puts the draft out for comment; it must say what the public needs to read it. */
    void publish(DraftContent current, Instant now) {
        if (status != DraftStatus.IN_PREPARATION) {
            throw new DomainException("draft.error.transition", new MessageKey(status.messageKey()));
        }
        String missing = current.firstMissingForPublication();
        if (missing != null) {
            throw new DomainException("draft.error.incomplete", new MessageKey(missing));
        }
        status = DraftStatus.PUBLISHED;
        publishedAt = now;
        statusReason = null;
        updatedAt = now;
    }

    /** Only a published draft becomes final: the public has seen it. */
    void makeFinal(Instant now) {
        if (status != DraftStatus.PUBLISHED) {
            throw new DomainException("draft.error.transition", new MessageKey(status.messageKey()));
        }
        status = DraftStatus.FINAL;
        updatedAt = now;
    }

    /** Withdraws the draft with a public reason; it stays readable where it was public. */
    void withdraw(String reason, Instant now) {
        String clean = reason.strip();
        if (clean.isEmpty() || clean.length() > DraftLimits.REASON_MAX) {
            throw new DomainException("draft.error.reasonRequired", DraftLimits.REASON_MAX);
        }
        if (status == DraftStatus.WITHDRAWN) {
            throw new DomainException("draft.error.transition", new MessageKey(status.messageKey()));
        }
        status = DraftStatus.WITHDRAWN;
        statusReason = clean;
        updatedAt = now;
    }

    /** Whether people without moderation rights may read it (the phase decides as well). */
    boolean isPublic() {
        return isPublic(status, publishedAt != null);
    }

    /** The rule of {@link #isPublic()}, for rows read without loading the entity. */
    static boolean isPublic(DraftStatus status, boolean wasPublished) {
        return status == DraftStatus.PUBLISHED
                || status == DraftStatus.FINAL
                || (status == DraftStatus.WITHDRAWN && wasPublished);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("draft not saved yet");
        }
        return id;
    }

    long themeGroupId() {
        return themeGroupId;
    }

    DraftStatus status() {
        return status;
    }

    int currentVersion() {
        return currentVersion;
    }

    String title() {
        return title;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable
    Instant publishedAt() {
        return publishedAt;
    }

    @Nullable
    String statusReason() {
        return statusReason;
    }

    int votesFor() {
        return votesFor;
    }

    int votesAgainst() {
        return votesAgainst;
    }

    int commentCount() {
        return commentCount;
    }
}
