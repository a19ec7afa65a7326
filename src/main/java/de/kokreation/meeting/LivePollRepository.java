package de.kokreation.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LivePollRepository extends JpaRepository<LivePoll, Long> {

    @Query("select p from LivePoll p where p.meetingId = :meetingId and p.proposalId = :proposalId")
    Optional<LivePoll> find(long meetingId, long proposalId);

    @Query("select p from LivePoll p where p.meetingId = :meetingId order by p.id")
    List<LivePoll> findByMeeting(long meetingId);
}
