package de.kokreation.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanMilestoneRepository extends JpaRepository<PlanMilestone, Long> {

    @Query("select m from PlanMilestone m where m.commitmentId = :commitmentId order by m.position")
    List<PlanMilestone> findByCommitment(long commitmentId);
}
