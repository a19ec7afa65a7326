package de.kokreation.consultation;

import de.kokreation.shared.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A topic within a consultation, led by one or more leads (referred to by account id). */
@Entity
@Table(name = "theme_group")
class ThemeGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consultation_id")
    private Consultation consultation;

    @Column(nullable = false, length = ConsultationLimits.SLUG_MAX)
    private String slug;

    @Column(nullable = false, length = ConsultationLimits.THEME_GROUP_NAME_MAX)
    private String name;

    @Column(nullable = false, length = ConsultationLimits.DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "theme_group_lead", joinColumns = @JoinColumn(name = "theme_group_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> leadAccountIds = new HashSet<>();

    protected ThemeGroup() {
        this.consultation = new Consultation();
        this.slug = "";
        this.name = "";
        this.description = "";
    }

    ThemeGroup(Consultation consultation, String slug, String name, String description, int position) {
        this.consultation = consultation;
        this.slug = Slugs.requireValid(slug);
        this.position = position;
        revise(name, description);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("theme group not saved yet");
        }
        return id;
    }

    Consultation consultation() {
        return consultation;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    int position() {
        return position;
    }

    Set<Long> leadAccountIds() {
        return Set.copyOf(leadAccountIds);
    }

    void addLead(long accountId) {
        leadAccountIds.add(accountId);
    }

    void removeLead(long accountId) {
        leadAccountIds.remove(accountId);
    }

    void revise(String newName, String newDescription) {
        if (newName.isBlank() || newName.strip().length() > ConsultationLimits.THEME_GROUP_NAME_MAX) {
            throw new DomainException("themeGroup.error.name", ConsultationLimits.THEME_GROUP_NAME_MAX);
        }
        if (newDescription.strip().length() > ConsultationLimits.DESCRIPTION_MAX) {
            throw new DomainException("consultation.error.description", ConsultationLimits.DESCRIPTION_MAX);
        }
        this.name = newName.strip();
        this.description = newDescription.strip();
    }
}
