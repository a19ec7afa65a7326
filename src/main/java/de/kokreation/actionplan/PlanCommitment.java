package de.kokreation.actionplan;

import de.kokreation.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A commitment of a plan: a final draft commitment at the version the plan adopted, its number
 * (position) in the plan, the people responsible for it, and its level in force. The level follows
 * the milestones unless it was set explicitly with a reason.
 */
@Entity
@Table(name = "plan_commitment")
class PlanCommitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(nullable = false)
    private int position;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "draft_version", nullable = false)
    private int draftVersion;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "lead_agency", nullable = false, length = 200)
    private String leadAgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CompletionLevel level;

    @Column(name = "level_explicit", nullable = false)
    private boolean levelExplicit;

    @Column(name = "level_reason", length = ActionPlanLimits.REASON_MAX)
    private @Nullable String levelReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commitment_responsible", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> responsibleAccountIds = new HashSet<>();

    @Version
    private long version;

    protected PlanCommitment() {
        this.title = "";
        this.leadAgency = "";
        this.level = CompletionLevel.NOT_STARTED;
        this.updatedAt = Instant.EPOCH;
    }

    PlanCommitment(
            long planId, int position, long draftId, int draftVersion, String title, String leadAgency, Instant now) {
        this.planId = planId;
        this.position = position;
        this.draftId = draftId;
        this.draftVersion = draftVersion;
        this.title = title;
        this.leadAgency = leadAgency;
        this.level = CompletionLevel.NOT_STARTED;
        this.updatedAt = now;
    }

    /** Takes the draft's version as it stands when the plan is published. */
    void adopt(int version, String currentTitle, String currentLeadAgency) {
        this.draftVersion = version;
        this.title = currentTitle;
        this.leadAgency = currentLeadAgency;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /**
     * Follows the milestones' levels unless the level was set explicitly. Answers whether the
     * level in force changed.
     */
    boolean follow(Collection<CompletionLevel> milestoneLevels, Instant now) {
        if (levelExplicit) {
            return false;
        }
        return change(CompletionLevel.derivedFrom(milestoneLevels), now);
    }

    /** Sets the level explicitly, with a reason the public reads. Answers whether it changed. */
    boolean setExplicitly(CompletionLevel newLevel, String reason, Instant now) {
        String clean = reason.strip();
        if (clean.isEmpty() || clean.length() > ActionPlanLimits.REASON_MAX) {
            throw new DomainException("plan.error.reasonRequired", ActionPlanLimits.REASON_MAX);
        }
        levelExplicit = true;
        levelReason = clean;
        boolean changed = change(newLevel, now);
        updatedAt = now;
        return changed;
    }

    /** Gives the explicit level up: the level follows the milestones again. Answers whether it changed. */
    boolean followMilestonesAgain(Collection<CompletionLevel> milestoneLevels, Instant now) {
        if (!levelExplicit) {
            throw new DomainException("plan.error.notExplicit");
        }
        levelExplicit = false;
        levelReason = null;
        updatedAt = now;
        return follow(milestoneLevels, now);
    }

    private boolean change(CompletionLevel newLevel, Instant now) {
        if (newLevel == level) {
            return false;
        }
        level = newLevel;
        updatedAt = now;
        return true;
    }

    void addResponsible(long accountId) {
        responsibleAccountIds.add(accountId);
    }

    void removeResponsible(long accountId) {
        responsibleAccountIds.remove(accountId);
    }

    boolean isResponsible(long accountId) {
        return responsibleAccountIds.contains(accountId);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("commitment not saved yet");
        }
        return id;
    }

    long planId() {
        return planId;
    }

    int position() {
        return position;
    }

    long draftId() {
        return draftId;
    }

    int draftVersion() {
        return draftVersion;
    }

    String title() {
        return title;
    }

    String leadAgency() {
        return leadAgency;
    }

    CompletionLevel level() {
        return level;
    }

    boolean levelExplicit() {
        return levelExplicit;
    }

    @Nullable
    String levelReason() {
        return levelReason;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Set<Long> responsibleAccountIds() {
        return Set.copyOf(responsibleAccountIds);
    }
}
