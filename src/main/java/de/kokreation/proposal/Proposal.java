package de.kokreation.proposal;

import de.kokreation.moderation.ModerationLimits;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shared.RichText;
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

/** A citizen's idea in one theme group. Only its author edits it. */
@Entity
@DynamicUpdate
@Table(name = "proposal")
class Proposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "theme_group_id", nullable = false)
    private long themeGroupId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, length = ProposalLimits.TITLE_MAX)
    private String title;

    @Column(name = "body_source", nullable = false, length = 20_000)
    private String bodySource;

    @Column(name = "body_html", nullable = false, length = ProposalLimits.BODY_HTML_MAX)
    private String bodyHtml;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    // The counters are changed only by atomic UPDATE statements (see ProposalRepository), never
    // written back from a possibly stale entity.
    @Column(name = "votes_for", nullable = false, insertable = false, updatable = false)
    private int votesFor;

    @Column(name = "votes_against", nullable = false, insertable = false, updatable = false)
    private int votesAgainst;

    @Column(name = "comment_count", nullable = false, insertable = false, updatable = false)
    private int commentCount;

    @Column(name = "hidden_reason", length = ModerationLimits.REASON_MAX)
    private @Nullable String hiddenReason;

    // hidden == (hiddenReason != null); a column of its own so that the list indexes can lead with it
    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_at")
    private @Nullable Instant hiddenAt;

    @Column(name = "hidden_by")
    private @Nullable Long hiddenBy;

    @Column(name = "duplicate_of_id")
    private @Nullable Long duplicateOfId;

    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;

    /** The meeting whose cards this proposal was written on; the author is then who typed it in. */
    @Column(name = "source_meeting_id", updatable = false)
    private @Nullable Long sourceMeetingId;

    /** The analysed terms of title and text, for search; see {@link SearchTerms}. */
    @Column(name = "search_terms", nullable = false, length = 1_000_000)
    private String searchTerms = "";

    @Column(name = "search_version", nullable = false)
    private int searchVersion;

    @Version
    private long version;

    protected Proposal() {
        this.title = "";
        this.bodySource = "";
        this.bodyHtml = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Proposal(long themeGroupId, long authorId, ProposalDraft draft, Instant now) {
        this.themeGroupId = themeGroupId;
        this.authorId = authorId;
        this.createdAt = now;
        this.title = "";
        this.bodySource = "";
        this.bodyHtml = "";
        apply(draft, now);
    }

    /** A proposal written on a card at a meeting, typed in by one of its organisers. */
    static Proposal fromMeeting(long themeGroupId, long meetingId, long recorderId, ProposalDraft draft, Instant now) {
        Proposal proposal = new Proposal(themeGroupId, recorderId, draft, now);
        proposal.sourceMeetingId = meetingId;
        return proposal;
    }

    /**
     * Who hears about comments and responses: the author; nobody for a card from a meeting (the
     * organiser who typed it in did not write it).
     */
    @Nullable
    Long personToTell() {
        return sourceMeetingId == null ? authorId : null;
    }

    @Nullable
    Long sourceMeetingId() {
        return sourceMeetingId;
    }

    /** Replaces title and body; only the author may, and only while the phase allows it. */
    void revise(long editorId, ProposalDraft draft, Instant now) {
        if (editorId != authorId) {
            throw new NotPermittedException("proposal.error.notAuthor");
        }
        apply(draft, now);
    }

    private void apply(ProposalDraft draft, Instant now) {
        String newTitle = draft.title().strip();
        String newBody = draft.body().strip();
        if (newTitle.length() < ProposalLimits.TITLE_MIN || newTitle.length() > ProposalLimits.TITLE_MAX) {
            throw new DomainException("proposal.error.titleSize", ProposalLimits.TITLE_MIN, ProposalLimits.TITLE_MAX);
        }
        if (newBody.length() < ProposalLimits.BODY_MIN || newBody.length() > ProposalLimits.BODY_MAX) {
            throw new DomainException("proposal.error.bodySize", ProposalLimits.BODY_MIN, ProposalLimits.BODY_MAX);
        }
        String html = RichText.render(newBody);
        if (html.length() > ProposalLimits.BODY_HTML_MAX) {
            // only contrived texts get here (thousands of characters that each become an entity)
            throw new DomainException("proposal.error.bodySize", ProposalLimits.BODY_MIN, ProposalLimits.BODY_MAX);
        }
        this.title = newTitle;
        this.bodySource = newBody;
        this.bodyHtml = html;
        this.updatedAt = now;
        this.searchTerms = ProposalSearchTerms.proposalTerms(newTitle, html);
        this.searchVersion = SearchTerms.ANALYSIS_VERSION;
    }

    /** Hides the proposal publicly; the reason replaces it for everyone. */
    void hide(String reason, long moderatorId, Instant now) {
        this.hiddenReason = ModerationLimits.requireReason(reason);
        this.hidden = true;
        this.hiddenAt = now;
        this.hiddenBy = moderatorId;
        this.reviewedAt = now;
    }

    void restore(Instant now) {
        this.hiddenReason = null;
        this.hidden = false;
        this.hiddenAt = null;
        this.hiddenBy = null;
        this.reviewedAt = now;
    }

    /** Marks this proposal as a duplicate of another one; it then links to the original. */
    void markDuplicateOf(long originalId, Instant now) {
        if (originalId == id()) {
            throw new DomainException("moderation.error.duplicateOfItself");
        }
        this.duplicateOfId = originalId;
        this.reviewedAt = now;
    }

    void moveTo(long newThemeGroupId, Instant now) {
        this.themeGroupId = newThemeGroupId;
        this.reviewedAt = now;
    }

    void markReviewed(Instant now) {
        this.reviewedAt = now;
    }

    /** Hidden by the moderation: closed for participation (comments, votes, flags) until restored. */
    boolean isHidden() {
        return hidden;
    }

    @Nullable
    String hiddenReason() {
        return hiddenReason;
    }

    @Nullable
    Long duplicateOfId() {
        return duplicateOfId;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("proposal not saved yet");
        }
        return id;
    }

    long themeGroupId() {
        return themeGroupId;
    }

    long authorId() {
        return authorId;
    }

    String title() {
        return title;
    }

    String bodySource() {
        return bodySource;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
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
