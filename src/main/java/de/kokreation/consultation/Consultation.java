package de.kokreation.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
        this.title = title.strip();
        this.region = region.strip();
        this.description = description.strip();
        this.timeline = timeline;
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
}
