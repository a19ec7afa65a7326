package de.kokreation.actionplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanCommitmentRepository extends JpaRepository<PlanCommitment, Long> {

    @Query("select c from PlanCommitment c where c.planId = :planId order by c.position")
    List<PlanCommitment> findByPlan(long planId);

    @Query("select c from PlanCommitment c where c.planId = :planId and c.position = :position")
    Optional<PlanCommitment> findByPlanAndPosition(long planId, int position);
}
