package de.kokreation.consultation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThemeGroupRepository extends JpaRepository<ThemeGroup, Long> {

    @Query("select t from ThemeGroup t join fetch t.consultation c where c.slug = :consultationSlug and t.slug = :slug")
    Optional<ThemeGroup> findBySlugs(String consultationSlug, String slug);

    @Query("select t from ThemeGroup t join fetch t.consultation where t.id = :id")
    Optional<ThemeGroup> findWithConsultation(long id);

    @Query("select t.id from ThemeGroup t join t.consultation c"
            + " where :accountId member of t.leadAccountIds or :accountId member of c.coordinatorAccountIds")
    List<Long> findModeratedBy(long accountId);

    @Query("select t from ThemeGroup t join fetch t.consultation c left join fetch t.leadAccountIds"
            + " order by c.timeline.collectionStart desc, c.id desc, t.position")
    List<ThemeGroup> findAllWithConsultations();

    @Query("select t from ThemeGroup t where t.consultation.id = :consultationId order by t.position")
    List<ThemeGroup> findByConsultation(long consultationId);
}
