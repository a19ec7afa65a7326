package de.kokreation.proposal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface VoteRepository extends JpaRepository<Vote, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select v from Vote v where v.proposalId = :proposalId and v.voterId = :voterId")
    Optional<Vote> findForUpdate(long proposalId, long voterId);

    @Query("select v.direction from Vote v where v.proposalId = :proposalId and v.voterId = :voterId")
    Optional<VoteDirection> findDirection(long proposalId, long voterId);
}
