package de.kokreation.actionplan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoundAssessmentRepository extends JpaRepository<RoundAssessment, Long> {

    @Query("select a from RoundAssessment a where a.roundId = :roundId and a.commitmentId = :commitmentId"
            + " and a.authorId = :authorId")
    Optional<RoundAssessment> findOwn(long roundId, long commitmentId, long authorId);
}
