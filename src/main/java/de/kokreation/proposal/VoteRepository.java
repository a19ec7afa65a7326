package de.kokreation.proposal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VoteRepository extends JpaRepository<Vote, Long> {

    @Query("select v.direction from Vote v where v.proposalId = :proposalId and v.voterId = :voterId")
    Optional<VoteDirection> findDirection(long proposalId, long voterId);
}
