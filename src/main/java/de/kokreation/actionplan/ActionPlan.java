package de.kokreation.actionplan;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.MessageKey;
import de.kokreation.shared.Slugs;
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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An action plan: its texts and coordinators, and whether it is published. It guards its own
 * transitions: texts change only while it is prepared, and it is published once, with commitments.
 */
@Entity
@Table(name = "action_plan")
class ActionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, updatable = false, length = ActionPlanLimits.SLUG_MAX)
    private String slug;

    @Column(nullable = false, length = ActionPlanLimits.TITLE_MAX)
    private String title;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "adopting_body", nullable = false, length = ActionPlanLimits.BODY_MAX)
    private String adoptingBody;

    @Column(nullable = false, length = ActionPlanLimits.INTRODUCTION_MAX)
    private String introduction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "action_plan_coordinator", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> coordinatorAccountIds = new HashSet<>();

    @Version
    private long version;

    protected ActionPlan() {
        this.slug = "";
        this.title = "";
        this.periodStart = LocalDate.EPOCH;
        this.periodEnd = LocalDate.EPOCH;
        this.adoptingBody = "";
        this.introduction = "";
        this.status = PlanStatus.IN_PREPARATION;
        this.createdAt = Instant.EPOCH;
    }

    ActionPlan(String slug, PlanTexts texts, Instant now) {
        if (!Slugs.isValid(slug, ActionPlanLimits.SLUG_MAX)) {
            throw new DomainException("plan.error.slug", slug);
        }
        PlanTexts valid = texts.validated();
        this.slug = slug;
        this.title = valid.title();
        this.periodStart = valid.periodStart();
        this.periodEnd = valid.periodEnd();
        this.adoptingBody = valid.adoptingBody();
        this.introduction = valid.introduction();
        this.status = PlanStatus.IN_PREPARATION;
        this.createdAt = now;
    }

    /** New texts; only while the plan is prepared, since a published plan is what was adopted. */
    void revise(PlanTexts texts) {
        requirePreparation();
        apply(texts.validated());
    }

    private void apply(PlanTexts valid) {
        this.title = valid.title();
        this.periodStart = valid.periodStart();
        this.periodEnd = valid.periodEnd();
        this.adoptingBody = valid.adoptingBody();
        this.introduction = valid.introduction();
    }

    /** Publishes the plan with its commitments; at least one, and never twice. */
    void publish(int commitments, Instant now) {
        requirePreparation();
        if (commitments == 0) {
            throw new DomainException("plan.error.noCommitments");
        }
        status = PlanStatus.PUBLISHED;
        publishedAt = now;
    }

    void requirePreparation() {
        if (status != PlanStatus.IN_PREPARATION) {
            throw new DomainException("plan.error.published", new MessageKey(status.messageKey()));
        }
    }

    /** Reports speak of the implementation of an adopted plan; before that there is nothing to report. */
    void requirePublishedForReports() {
        if (status != PlanStatus.PUBLISHED) {
            throw new DomainException("plan.error.notPublished");
        }
    }

    void addCoordinator(long accountId) {
        coordinatorAccountIds.add(accountId);
    }

    void removeCoordinator(long accountId) {
        coordinatorAccountIds.remove(accountId);
    }

    boolean isCoordinatedBy(long accountId) {
        return coordinatorAccountIds.contains(accountId);
    }

    boolean isPublished() {
        return status == PlanStatus.PUBLISHED;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("plan not saved yet");
        }
        return id;
    }

    String slug() {
        return slug;
    }

    PlanTexts texts() {
        return new PlanTexts(title, periodStart, periodEnd, adoptingBody, introduction);
    }

    String title() {
        return title;
    }

    PlanStatus status() {
        return status;
    }

    @Nullable
    Instant publishedAt() {
        return publishedAt;
    }

    Set<Long> coordinatorAccountIds() {
        return Set.copyOf(coordinatorAccountIds);
    }
}
