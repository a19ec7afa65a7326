package de.kokreation.actionplan;

import de.kokreation.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A participant's view of a commitment's reported level in a round: agrees or not, and why. Its
 * author may restate it; the plan's coordinators may hide it with a public reason.
 */
@Entity
@Table(name = "round_assessment")
class RoundAssessment {

    static final int REASON_MIN = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "commitment_id", nullable = false, updatable = false)
    private long commitmentId;

    @Column(name = "author_id", updatable = false)
    private @Nullable Long authorId;

    @Column(nullable = false)
    private boolean agrees;

    @Column(nullable = false, length = ActionPlanLimits.REASON_MAX)
    private String reason;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Column(name = "hidden_reason", length = ActionPlanLimits.HIDE_REASON_MAX)
    private @Nullable String hiddenReason;

    @Column(name = "hidden_at")
    private @Nullable Instant hiddenAt;

    protected RoundAssessment() {
        this.reason = "";
        this.assessedAt = Instant.EPOCH;
    }

    RoundAssessment(long roundId, long commitmentId, long authorId, boolean agrees, String reason, Instant now) {
        this.roundId = roundId;
        this.commitmentId = commitmentId;
        this.authorId = authorId;
        this.assessedAt = now;
        this.reason = "";
        restate(agrees, reason, now);
    }

    /** The author says it anew; a hidden assessment stays hidden. */
    void restate(boolean newAgrees, String newReason, Instant now) {
        String clean = newReason.strip();
        if (clean.length() < REASON_MIN || clean.length() > ActionPlanLimits.REASON_MAX) {
            throw new DomainException("plan.error.assessmentReason", REASON_MIN, ActionPlanLimits.REASON_MAX);
        }
        if (hiddenAt != null) {
            throw new DomainException("plan.error.assessmentHidden");
        }
        this.agrees = newAgrees;
        this.reason = clean;
        this.assessedAt = now;
    }

    void hide(String why, Instant now) {
        hiddenReason = ActionPlanLimits.hideReason(why);
        hiddenAt = now;
    }

    long roundId() {
        return roundId;
    }
}
