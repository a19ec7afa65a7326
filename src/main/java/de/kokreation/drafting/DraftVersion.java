package de.kokreation.drafting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One saved state of a draft commitment: never changed after it was written. */
@Entity
@Table(name = "draft_version")
class DraftVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "author_id", updatable = false)
    private @Nullable Long authorId;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(name = "start_date", updatable = false)
    private @Nullable LocalDate startDate;

    @Column(name = "end_date", updatable = false)
    private @Nullable LocalDate endDate;

    @Column(name = "lead_agency", nullable = false, updatable = false)
    private String leadAgency;

    @Column(nullable = false, updatable = false)
    private String problem;

    @Column(name = "commitment_text", nullable = false, updatable = false)
    private String commitment;

    @Column(nullable = false, updatable = false)
    private String contribution;

    @Column(name = "ogp_relevance", nullable = false, updatable = false)
    private String ogpRelevance;

    @Column(name = "additional_info", nullable = false, updatable = false)
    private String additionalInfo;

    @Column(name = "contact_name", nullable = false, updatable = false)
    private String contactName;

    @Column(name = "contact_role", nullable = false, updatable = false)
    private String contactRole;

    @Column(name = "contact_email", nullable = false, updatable = false)
    private String contactEmail;

    @Column(name = "actors_state", nullable = false, updatable = false)
    private String actorsState;

    @Column(name = "actors_civil_society", nullable = false, updatable = false)
    private String actorsCivilSociety;

    @Column(name = "actors_private", nullable = false, updatable = false)
    private String actorsPrivate;

    @ElementCollection
    @CollectionTable(name = "draft_milestone", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<MilestoneColumns> milestones = new ArrayList<>();

    protected DraftVersion() {
        this.savedAt = Instant.EPOCH;
        this.title = this.leadAgency = this.problem = this.commitment = this.contribution = "";
        this.ogpRelevance = this.additionalInfo = this.contactName = this.contactRole = this.contactEmail = "";
        this.actorsState = this.actorsCivilSociety = this.actorsPrivate = "";
    }

    DraftVersion(long draftId, int number, long authorId, DraftContent content, Instant savedAt) {
        this.draftId = draftId;
        this.number = number;
        this.authorId = authorId;
        this.savedAt = savedAt;
        this.title = content.title();
        this.startDate = content.startDate();
        this.endDate = content.endDate();
        this.leadAgency = content.leadAgency();
        this.problem = content.problem();
        this.commitment = content.commitment();
        this.contribution = content.contribution();
        this.ogpRelevance = content.ogpRelevance();
        this.additionalInfo = content.additionalInfo();
        this.contactName = content.contactName();
        this.contactRole = content.contactRole();
        this.contactEmail = content.contactEmail();
        this.actorsState = content.actorsState();
        this.actorsCivilSociety = content.actorsCivilSociety();
        this.actorsPrivate = content.actorsPrivate();
        content.milestones().forEach(milestone -> milestones.add(new MilestoneColumns(milestone)));
    }

    DraftContent content() {
        return new DraftContent(
                title,
                startDate,
                endDate,
                leadAgency,
                problem,
                commitment,
                contribution,
                ogpRelevance,
                additionalInfo,
                contactName,
                contactRole,
                contactEmail,
                actorsState,
                actorsCivilSociety,
                actorsPrivate,
                milestones.stream().map(MilestoneColumns::toMilestone).toList());
    }

    long draftId() {
        return draftId;
    }

    int number() {
        return number;
    }

    @Nullable
    Long authorId() {
        return authorId;
    }

    Instant savedAt() {
        return savedAt;
    }

    @Embeddable
    static class MilestoneColumns {

        @Column(nullable = false)
        private String deliverable = "";

        @Column(name = "start_date", nullable = false)
        private LocalDate startDate = LocalDate.EPOCH;

        @Column(name = "end_date", nullable = false)
        private LocalDate endDate = LocalDate.EPOCH;

        protected MilestoneColumns() {}

        MilestoneColumns(Milestone milestone) {
            this.deliverable = milestone.deliverable();
            this.startDate = milestone.start();
            this.endDate = milestone.end();
        }

        Milestone toMilestone() {
            return new Milestone(deliverable, startDate, endDate);
        }
    }
}
