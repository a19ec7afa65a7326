package de.kokreation.consultation;

import de.kokreation.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One participation process, usually for one region, with its timeline and theme groups. */
@Entity
@Table(name = "consultation")
class Consultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = ConsultationLimits.SLUG_MAX)
    private String slug;

    @Column(nullable = false, length = ConsultationLimits.TITLE_MAX)
    private String title;

    @Column(nullable = false, length = ConsultationLimits.REGION_MAX)
    private String region;

    @Column(nullable = false, length = ConsultationLimits.DESCRIPTION_MAX)
    private String description;

    @Embedded
    private Timeline timeline;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "consultation_coordinator", joinColumns = @JoinColumn(name = "consultation_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> coordinatorAccountIds = new HashSet<>();

    /** The phase last announced to participants; a different current phase is news. */
    @Enumerated(EnumType.STRING)
    @Column(name = "announced_phase", length = 30)
    private @Nullable Phase announcedPhase;

    @OneToMany(mappedBy = "consultation")
    @OrderBy("position")
    private List<ThemeGroup> themeGroups = new ArrayList<>();

    protected Consultation() {
        this.slug = "";
        this.title = "";
        this.region = "";
        this.description = "";
        this.timeline = new Timeline();
    }

    Consultation(String slug, String title, String region, String description, Timeline timeline) {
        this.slug = Slugs.requireValid(slug);
        this.title = "";
        this.region = "";
        this.description = "";
        this.timeline = timeline;
        revise(title, region, description, timeline);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("consultation not saved yet");
        }
        return id;
    }

    String slug() {
        return slug;
    }

    String title() {
        return title;
    }

    String region() {
        return region;
    }

    String description() {
        return description;
    }

    Timeline timeline() {
        return timeline;
    }

    Phase phaseOn(LocalDate day) {
        return timeline.phaseOn(day);
    }

    List<ThemeGroup> themeGroups() {
        return List.copyOf(themeGroups);
    }

    Set<Long> coordinatorAccountIds() {
        return Set.copyOf(coordinatorAccountIds);
    }

    void addCoordinator(long accountId) {
        coordinatorAccountIds.add(accountId);
    }

    void removeCoordinator(long accountId) {
        coordinatorAccountIds.remove(accountId);
    }

    /** Changes texts and timeline; the timeline validated itself when it was built. */
    void revise(String newTitle, String newRegion, String newDescription, Timeline newTimeline) {
        if (newTitle.isBlank() || newTitle.strip().length() > ConsultationLimits.TITLE_MAX) {
            throw new DomainException("consultation.error.title", ConsultationLimits.TITLE_MAX);
        }
        if (newRegion.isBlank() || newRegion.strip().length() > ConsultationLimits.REGION_MAX) {
            throw new DomainException("consultation.error.region", ConsultationLimits.REGION_MAX);
        }
        if (newDescription.strip().length() > ConsultationLimits.DESCRIPTION_MAX) {
            throw new DomainException("consultation.error.description", ConsultationLimits.DESCRIPTION_MAX);
        }
        this.title = newTitle.strip();
        this.region = newRegion.strip();
        this.description = newDescription.strip();
        this.timeline = newTimeline;
    }

    /** Whether the phase of {@code day} is news, and remembers it as announced. */
    boolean announcePhaseOf(LocalDate day) {
        Phase current = phaseOn(day);
        if (current == announcedPhase) {
            return false;
        }
        boolean firstLook = announcedPhase == null;
        announcedPhase = current;
        return !firstLook;
    }
}
