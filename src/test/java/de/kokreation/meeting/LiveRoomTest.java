package de.kokreation.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Live voting: the room opens with a code, a device votes once per proposal (also when it taps
 * many times at once), a closed vote takes nothing, wrong and expired codes are refused with a
 * message, listeners hear of votes, and the results are the proposal's room votes.
 */
@IntegrationTest
@Tag("database")
class LiveRoomTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    WorkshopIntake intake;

    @Autowired
    LiveRoom room;

    @Autowired
    ProposalService proposals;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    private UserAccount coordinator;
    private long meetingId;
    private long first;
    private long second;

    @BeforeEach
    void setUp() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        coordinator = fixtures.account("Moderation " + Fixtures.next(), EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        fixtures.as(fixtures.account("Admin", EnumSet.of(Role.ADMIN)), () -> {
            administration.assignCoordinator(consultation.consultation().id(), coordinator.id());
            return null;
        });
        meetingId = fixtures.as(
                coordinator,
                () -> meetings.create(
                        consultation.consultation().id(),
                        MeetingFixtures.workshop(
                                "Forum im Raum", Instant.now().minus(Duration.ofMinutes(30)), null, Set.of())));
        long group = consultation.themeGroups().getFirst().id();
        first = fixtures.as(
                coordinator,
                () -> intake.record(
                        meetingId,
                        group,
                        new ProposalDraft("Erster Vorschlag", "Ein Text mit genug Zeichen darin."),
                        null));
        second = fixtures.as(
                coordinator,
                () -> intake.record(
                        meetingId,
                        group,
                        new ProposalDraft("Zweiter Vorschlag", "Noch ein Text mit genug Zeichen."),
                        null));
    }

    @Test
    void devicesVoteOncePerProposalAndAClosedVoteTakesNothing() {
        String code = fixtures.as(coordinator, () -> room.openRoom(meetingId));
        assertThat(code).hasSize(LiveRoom.CODE_LENGTH).matches("[A-Z2-9]+");
        assertThat(room.meetingOfCode(code.substring(0, 3).toLowerCase() + "-" + code.substring(3)))
                .isEqualTo(meetingId);
        assertThatThrownBy(() -> fixtures.as(fixtures.citizen(), () -> room.openRoom(meetingId)))
                .isInstanceOf(NotPermittedException.class);
        fixtures.as(coordinator, () -> {
            room.putUp(meetingId, first);
            return null;
        });
        long poll = room.state(meetingId).poll().pollId();
        assertThat(room.vote(code, "device-a", poll, true)).isEqualTo(LiveRoom.Outcome.COUNTED);
        assertThat(room.vote(code, "device-b", poll, false)).isEqualTo(LiveRoom.Outcome.COUNTED);
        assertThatThrownBy(() -> room.vote(code, "device-a", poll, false)).isInstanceOf(LiveRoom.AlreadyVoted.class);
        RoomState.Poll shown = room.state(meetingId).poll();
        assertThat(shown.votesFor()).isEqualTo(1);
        assertThat(shown.votesAgainst()).isEqualTo(1);
        assertThat(room.hasVoted("device-a", poll)).isTrue();
        assertThat(room.hasVoted("device-c", poll)).isFalse();

        fixtures.as(coordinator, () -> {
            room.setVotingOpen(meetingId, false);
            return null;
        });
        assertThatThrownBy(() -> room.vote(code, "device-c", poll, true))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("votingClosed");
        // Another proposal put up: the first stays closed, its result is the proposal's room vote.
        fixtures.as(coordinator, () -> {
            room.putUp(meetingId, second);
            return null;
        });
        assertThatThrownBy(() -> room.vote(code, "device-c", poll, true)).isInstanceOf(DomainException.class);
        assertThat(proposals.getProposal(first).roomVotes()).singleElement().satisfies(votes -> {
            assertThat(votes.liveFor()).isEqualTo(1);
            assertThat(votes.liveAgainst()).isEqualTo(1);
        });
        assertThat(proposals.getProposal(first).tally().votesFor()).isZero();
    }

    @Test
    void manyTapsOfOneDeviceAtOnceCountOnce() throws Exception {
        String code = fixtures.as(coordinator, () -> room.openRoom(meetingId));
        fixtures.as(coordinator, () -> {
            room.putUp(meetingId, first);
            return null;
        });
        long poll = room.state(meetingId).poll().pollId();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> taps = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                taps.add(() -> {
                    try {
                        return room.vote(code, "one-phone", poll, true).name();
                    } catch (LiveRoom.AlreadyVoted already) {
                        return "ALREADY";
                    }
                });
            }
            List<String> outcomes = new ArrayList<>();
            for (var outcome : pool.invokeAll(taps)) {
                outcomes.add(outcome.get());
            }
            assertThat(outcomes).containsOnlyOnce("COUNTED");
        } finally {
            pool.shutdown();
        }
        assertThat(room.state(meetingId).poll().votesFor()).isEqualTo(1);
    }

    @Test
    void wrongAndExpiredCodesAreRefusedClearly() {
        assertThatThrownBy(() -> room.meetingOfCode("ZZZ-ZZZ"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("unknownCode");
        assertThatThrownBy(() -> room.meetingOfCode("<script>")).hasMessageContaining("unknownCode");
        String code = fixtures.as(coordinator, () -> room.openRoom(meetingId));
        jdbc.update(
                "update meeting set room_code_expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                meetingId);
        assertThatThrownBy(() -> room.meetingOfCode(code))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("expiredCode");
        String again = fixtures.as(coordinator, () -> room.openRoom(meetingId));
        fixtures.as(coordinator, () -> {
            room.closeRoom(meetingId);
            return null;
        });
        assertThatThrownBy(() -> room.meetingOfCode(again)).hasMessageContaining("unknownCode");
    }

    @Test
    void listenersHearOfEveryChange() throws Exception {
        BlockingQueue<RoomState> heard = new LinkedBlockingQueue<>();
        Runnable stop = room.listen(meetingId, heard::add);
        try {
            String code = fixtures.as(coordinator, () -> room.openRoom(meetingId));
            fixtures.as(coordinator, () -> {
                room.putUp(meetingId, first);
                return null;
            });
            long poll = room.state(meetingId).poll().pollId();
            room.vote(code, "listened-device", poll, true);
            RoomState state;
            do {
                state = heard.poll(5, TimeUnit.SECONDS);
                assertThat(state).as("a state with the vote within 5 s").isNotNull();
            } while (state.poll() == null || state.poll().votesFor() < 1);
            assertThat(state.poll().title()).isEqualTo("Erster Vorschlag");
            // A vote written behind the node's back (as another node would) is heard too.
            jdbc.update("update meeting_live_poll set votes_against = votes_against + 1 where id = ?", poll);
            do {
                state = heard.poll(5, TimeUnit.SECONDS);
                assertThat(state).as("the other node's vote within 5 s").isNotNull();
            } while (state.poll().votesAgainst() < 1);
        } finally {
            stop.run();
        }
    }
}
