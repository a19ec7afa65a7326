package de.kokreation.drafting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DraftVersionRepository extends JpaRepository<DraftVersion, Long> {

    @Query("select v from DraftVersion v where v.draftId = :draftId and v.number = :number")
    Optional<DraftVersion> findVersion(long draftId, int number);

    @Query("select v from DraftVersion v where v.draftId = :draftId order by v.number desc")
    List<DraftVersion> findAllOf(long draftId);
}
