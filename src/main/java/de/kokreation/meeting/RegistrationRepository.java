package de.kokreation.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    @Query("select r from Registration r where r.meetingId = :meetingId and r.accountId = :accountId")
    Optional<Registration> find(long meetingId, long accountId);

    /** Seats first, then the waiting list, each in the order of registration. */
    @Query("select r from Registration r where r.meetingId = :meetingId order by r.status, r.registeredAt, r.id")
    List<Registration> findByMeeting(long meetingId);

    @Query("select r from Registration r where r.meetingId = :meetingId and r.status = 'WAITING'"
            + " order by r.registeredAt, r.id")
    List<Registration> findWaiting(long meetingId);

    @Query("select count(r) from Registration r where r.meetingId = :meetingId and r.status = :status")
    long count(long meetingId, RegistrationStatus status);

    @Query("select r from Registration r where r.accountId = :accountId order by r.registeredAt")
    List<Registration> findByAccount(long accountId);

    @Query("select r from Registration r where r.meetingId in :meetingIds and r.status = 'CONFIRMED'"
            + " and r.remindedAt is null")
    List<Registration> findToRemind(Collection<Long> meetingIds);

    /** Seats and waiting places per meeting, for lists: one query for many meetings. */
    @Query("select r.meetingId, r.status, count(r) from Registration r where r.meetingId in :meetingIds"
            + " group by r.meetingId, r.status")
    List<Object[]> countByMeetings(Collection<Long> meetingIds);
}
