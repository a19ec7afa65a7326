package de.kokreation.actionplan;

import de.kokreation.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A participant's comment on an implementation report, optionally saying whether they agree with
 * the level it reports. Like the report it is never edited; the plan's coordinators may hide it
 * with a public reason.
 */
@Entity
@Table(name = "report_comment")
class ReportComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "author_id", updatable = false)
    private @Nullable Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 16)
    private @Nullable Stance stance;

    @Column(nullable = false, updatable = false, length = ActionPlanLimits.REPORT_COMMENT_MAX)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "hidden_reason", length = ActionPlanLimits.HIDE_REASON_MAX)
    private @Nullable String hiddenReason;

    @Column(name = "hidden_at")
    private @Nullable Instant hiddenAt;

    protected ReportComment() {
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    ReportComment(long reportId, long authorId, @Nullable Stance stance, String body, Instant now) {
        String clean = body.strip();
        if (clean.isEmpty() || clean.length() > ActionPlanLimits.REPORT_COMMENT_MAX) {
            throw new DomainException("plan.error.reportCommentSize", ActionPlanLimits.REPORT_COMMENT_MAX);
        }
        this.reportId = reportId;
        this.authorId = authorId;
        this.stance = stance;
        this.body = clean;
        this.createdAt = now;
    }

    /** Hides the comment with a public reason; a hidden comment stays hidden. */
    void hide(String why, Instant now) {
        String clean = ActionPlanLimits.hideReason(why);
        if (hiddenAt != null) {
            throw new DomainException("plan.error.reportCommentHidden");
        }
        hiddenReason = clean;
        hiddenAt = now;
    }

    long reportId() {
        return reportId;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("not saved yet");
        }
        return id;
    }
}
