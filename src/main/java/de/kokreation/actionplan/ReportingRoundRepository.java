package de.kokreation.actionplan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportingRoundRepository extends JpaRepository<ReportingRound, Long> {

    @Query("select r from ReportingRound r where r.planId = :planId order by r.deadline desc, r.id desc")
    List<ReportingRound> findByPlan(long planId);

    @Query("select r from ReportingRound r where r.status = de.kokreation.actionplan.RoundStatus.OPEN")
    List<ReportingRound> findOpen();
}
