package de.kokreation.drafting;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DraftCommitmentRepository extends JpaRepository<DraftCommitment, Long> {

    @Query("select d from DraftCommitment d where d.themeGroupId = :themeGroupId order by d.id")
    List<DraftCommitment> findByThemeGroup(long themeGroupId);

    @Query("select d from DraftCommitment d where d.themeGroupId in :themeGroupIds order by d.themeGroupId, d.id")
    List<DraftCommitment> findByThemeGroups(Collection<Long> themeGroupIds);

    @Modifying
    @Query(
            value = "update draft_commitment set comment_count = comment_count + :delta where id = :id",
            nativeQuery = true)
    void adjustComments(long id, int delta);
}
