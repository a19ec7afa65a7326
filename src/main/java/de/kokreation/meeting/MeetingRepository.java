package de.kokreation.meeting;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /**
     * The meeting, locked until the transaction ends: registrations and cancellations of one
     * meeting take their turn (on every node, through the database), so the last seat is given once.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from Meeting m where m.id = :id")
    Optional<Meeting> findForUpdate(long id);

    @Query("select m from Meeting m where m.roomCode = :code")
    Optional<Meeting> findByRoomCode(String code);

    @Query("select m from Meeting m where m.consultationId = :consultationId order by m.startsAt, m.id")
    List<Meeting> findByConsultation(long consultationId);

    @Query("select m from Meeting m where m.actionPlanId = :planId order by m.startsAt, m.id")
    List<Meeting> findByActionPlan(long planId);

    @Query(
            "select m from Meeting m where m.consultationId is null and m.actionPlanId is null order by m.startsAt, m.id")
    List<Meeting> findForumMeetings();

    /** Meetings that end after {@code from}, the soonest first. */
    @Query("select m from Meeting m where m.endsAt > :from order by m.startsAt, m.id")
    List<Meeting> findComing(Instant from, Pageable page);

    /** Meetings that ended by {@code until}, the latest first. */
    @Query("select m from Meeting m where m.endsAt <= :until order by m.startsAt desc, m.id desc")
    List<Meeting> findPast(Instant until, Pageable page);

    /** Meetings not cancelled that start in [from, until): whose registered people are reminded. */
    @Query("select m from Meeting m where m.cancelledAt is null and m.startsAt >= :from and m.startsAt < :until")
    List<Meeting> findStartingBetween(Instant from, Instant until);
}
