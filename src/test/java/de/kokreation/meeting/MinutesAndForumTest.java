package de.kokreation.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.shared.NotPermittedException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Minutes keep every version and give the meeting its attendance (shown with the proposals written
 * there); the forum's record says whether it met at least every six months.
 */
@IntegrationTest
class MinutesAndForumTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingMinutes minutes;

    @Autowired
    WorkshopIntake intake;

    @Autowired
    ProposalService proposals;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void minutesKeepEveryVersionAndTheAttendanceReachesTheProposals() {
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        var consultation = fixtures.collectingConsultation();
        long meetingId = fixtures.as(
                admin,
                () -> meetings.create(
                        consultation.consultation().id(),
                        MeetingFixtures.workshop(
                                "Workshop Mainz", Instant.now().minus(Duration.ofHours(5)), null, Set.of())));
        long card = fixtures.as(
                admin,
                () -> intake.record(
                        meetingId,
                        consultation.themeGroups().getFirst().id(),
                        new ProposalDraft("Offene Fahrpläne", "Alle Fahrpläne als offene Daten."),
                        null));
        assertThatThrownBy(() -> fixtures.as(
                        fixtures.citizen(), () -> minutes.write(meetingId, new MinutesDraft("Protokoll", "", 10, ""))))
                .isInstanceOf(NotPermittedException.class);
        assertThat(fixtures.as(
                        admin,
                        () -> minutes.write(
                                meetingId, new MinutesDraft("Erste Fassung", "", 30, "Open Knowledge\n\nVerwaltung"))))
                .isEqualTo(1);
        assertThat(fixtures.as(
                        admin,
                        () -> minutes.write(
                                meetingId,
                                new MinutesDraft(
                                        "Zweite Fassung", "- Beschluss eins", 35, "Open Knowledge\nVerwaltung"))))
                .isEqualTo(2);
        var versions = minutes.versions(meetingId);
        assertThat(versions).extracting(MinutesVersion::version).containsExactly(2, 1);
        assertThat(versions.getFirst().organisations()).containsExactly("Open Knowledge", "Verwaltung");
        assertThat(versions.get(1).minutesSource()).isEqualTo("Erste Fassung");
        assertThat(proposals.getProposal(card).source().attendance()).isEqualTo(35);
        assertThat(minutes.latest(meetingId).orElseThrow().decisionsHtml()).contains("<li>Beschluss eins</li>");
        // Two organisers starting from version 2: the second to save is told, and loses nothing unseen.
        assertThat(fixtures.as(admin, () -> minutes.write(meetingId, new MinutesDraft("Dritte", "", 35, ""), 2)))
                .isEqualTo(3);
        assertThatThrownBy(() -> fixtures.as(
                        admin, () -> minutes.write(meetingId, new MinutesDraft("Auch dritte", "", 35, ""), 2)))
                .hasMessageContaining("minutes.error.conflict");
    }

    @Test
    void theForumsRecordSaysWhetherItMetAtLeastEverySixMonths() {
        // Forum meetings of other tests are moved out of the way: this record is about these.
        jdbc.update(
                "update meeting set cancelled_at = ? where consultation_id is null",
                java.sql.Timestamp.from(Instant.now()));
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        Instant now = Instant.now();
        for (int daysAgo : new int[] {400, 250, 20}) {
            Instant start = now.minus(Duration.ofDays(daysAgo));
            fixtures.as(
                    admin,
                    () -> meetings.create(
                            null,
                            new MeetingPlan(
                                    MeetingKind.FORUM_MEETING,
                                    "Forum vor " + daysAgo + " Tagen",
                                    start,
                                    start.plus(Duration.ofHours(2)),
                                    "Bundeskanzleramt",
                                    "",
                                    "",
                                    "",
                                    null,
                                    Set.of())));
        }
        ForumRecord record = meetings.forumRecord();
        assertThat(record.held()).hasSize(3);
        assertThat(record.held().get(0).daysSincePrevious()).isNull();
        assertThat(record.held().get(1).gapTooLong()).isFalse();
        assertThat(record.held().get(2).daysSincePrevious()).isEqualTo(230);
        assertThat(record.held().get(2).gapTooLong()).isTrue();
        assertThat(record.keepsTheMinimum()).isFalse();
        assertThat(record.daysSinceLast()).isEqualTo(20);
    }
}
