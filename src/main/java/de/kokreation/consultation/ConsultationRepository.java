package de.kokreation.consultation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    Optional<Consultation> findBySlug(String slug);

    /** Only the timeline: no entity, so none of its collections is loaded on the voting path. */
    @Query("select g.consultation.timeline from ThemeGroup g where g.id = :themeGroupId")
    Optional<Timeline> findTimelineByThemeGroupId(long themeGroupId);

    @Query("select c from Consultation c order by c.timeline.collectionStart desc")
    List<Consultation> findAllNewestFirst();
}
