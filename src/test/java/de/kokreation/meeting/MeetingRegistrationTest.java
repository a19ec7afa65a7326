package de.kokreation.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.TestMailServer;
import de.kokreation.account.ProfileService;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.profile.PersonalDataExport;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Meetings and registration: who may plan, seats and the waiting list (also under parallel
 * registrations), the mails in the person's language, closing at the start, cancellation, the day
 * before, the attendance list, personal data and deletion.
 */
@IntegrationTest
@Tag("database")
class MeetingRegistrationTest {

    private static final Instant NEXT_MONTH =
            Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    RegistrationService registrations;

    @Autowired
    MeetingReminders reminders;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    TestMailServer mail;

    @Autowired
    ProfileService profiles;

    @Autowired
    PersonalDataExport personalData;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    de.kokreation.PlanFixtures planFixtures;

    @Autowired
    de.kokreation.actionplan.PlanEvents planEvents;

    private ConsultationDetails consultation;
    private UserAccount coordinator;

    @BeforeEach
    void setUp() {
        consultation = fixtures.collectingConsultation();
        coordinator = fixtures.account("Koordination " + Fixtures.next(), EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        fixtures.as(fixtures.account("Admin", EnumSet.of(Role.ADMIN)), () -> {
            administration.assignCoordinator(consultation.consultation().id(), coordinator.id());
            return null;
        });
    }

    private long workshop(Integer capacity) {
        return workshop(capacity, NEXT_MONTH);
    }

    private long workshop(Integer capacity, Instant startsAt) {
        return fixtures.as(
                coordinator,
                () -> meetings.create(
                        consultation.consultation().id(),
                        MeetingFixtures.workshop("Regionalworkshop " + Fixtures.next(), startsAt, capacity, Set.of())));
    }

    private RegistrationStatus register(UserAccount person, long meetingId, String needs) {
        return fixtures.as(person, () -> registrations.register(meetingId, needs));
    }

    @Test
    void onlyOrganisersPlanAndLeadsOnlyForTheirGroups() {
        UserAccount citizen = fixtures.citizen();
        long consultationId = consultation.consultation().id();
        var plan = MeetingFixtures.workshop("Workshop", NEXT_MONTH, 10, Set.of());
        assertThatThrownBy(() -> fixtures.as(citizen, () -> meetings.create(consultationId, plan)))
                .isInstanceOf(NotPermittedException.class);
        var first = consultation.themeGroups().get(0);
        var second = consultation.themeGroups().get(1);
        UserAccount lead = fixtures.leadOf(first, "Leitung " + Fixtures.next());
        long ofTheLead = fixtures.as(
                lead,
                () -> meetings.create(
                        consultationId, MeetingFixtures.workshop("Workshop", NEXT_MONTH, 10, Set.of(first.id()))));
        assertThat(fixtures.as(lead, () -> meetings.meeting(ofTheLead)).mayOrganise())
                .isTrue();
        assertThatThrownBy(() -> fixtures.as(
                        lead,
                        () -> meetings.create(
                                consultationId,
                                MeetingFixtures.workshop("Workshop", NEXT_MONTH, 10, Set.of(first.id(), second.id())))))
                .isInstanceOf(NotPermittedException.class);
        // The lead does not add another lead's group to their meeting.
        assertThatThrownBy(() -> fixtures.as(lead, () -> {
                    meetings.change(
                            ofTheLead,
                            MeetingFixtures.workshop("Workshop", NEXT_MONTH, 10, Set.of(first.id(), second.id())));
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);
        // A coordinator's meeting without groups is not the lead's to change.
        long coordinators = workshop(10);
        assertThatThrownBy(() -> fixtures.as(lead, () -> {
                    meetings.change(coordinators, plan);
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);
        // Forum meetings: admins and coordinators, without a consultation and without groups.
        var forum = new MeetingPlan(
                MeetingKind.FORUM_MEETING,
                "7. Sitzung des Forums",
                NEXT_MONTH,
                NEXT_MONTH.plus(Duration.ofHours(2)),
                "",
                "",
                "https://konferenz.example/forum",
                "",
                null,
                Set.of());
        assertThatThrownBy(() -> fixtures.as(citizen, () -> meetings.create(null, forum)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(fixtures.as(coordinator, () -> meetings.create(null, forum))).isPositive();
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> meetings.create(consultationId, forum)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("kindOfForum");
    }

    @Test
    void aPublishedPlansCoordinatorsPlanItsEvents() {
        UserAccount planCoordinator = fixtures.account("Plan " + Fixtures.next(), EnumSet.of(Role.CITIZEN));
        var plan = planFixtures.published(
                planCoordinator, planFixtures.finalDraft(fixtures.citizen(), "Offene Register " + Fixtures.next(), 1));
        var workshop = MeetingFixtures.workshop("Umsetzungswerkstatt", NEXT_MONTH, 20, Set.of());
        long meetingId = fixtures.as(planCoordinator, () -> meetings.createForPlan(plan.id(), workshop));
        assertThat(meetings.ofPlan(plan.id())).extracting(MeetingSummary::id).containsExactly(meetingId);
        assertThat(planEvents.of(plan.id()))
                .singleElement()
                .satisfies(teaser -> assertThat(teaser.title()).isEqualTo("Umsetzungswerkstatt"));
        assertThat(meetings.meeting(meetingId).summary().actionPlanSlug()).isEqualTo(plan.slug());
        assertThat(fixtures.as(planCoordinator, () -> meetings.meeting(meetingId))
                        .mayOrganise())
                .isTrue();
        // Neither a citizen nor a consultation's coordinator organises the plan's events.
        assertThatThrownBy(() -> fixtures.as(fixtures.citizen(), () -> meetings.createForPlan(plan.id(), workshop)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(fixtures.as(coordinator, () -> meetings.meeting(meetingId)).mayOrganise())
                .isFalse();
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> {
                    meetings.cancel(meetingId);
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);
        // The forum's kind is not a plan's, and a plan in preparation has no events.
        var forumKind = new MeetingPlan(
                MeetingKind.FORUM_MEETING,
                "Forum",
                NEXT_MONTH,
                NEXT_MONTH.plus(Duration.ofHours(1)),
                "Ort",
                "",
                "",
                "",
                null,
                Set.of());
        assertThatThrownBy(() -> fixtures.as(planCoordinator, () -> meetings.createForPlan(plan.id(), forumKind)))
                .hasMessageContaining("kindOfForum");
        var prepared = planFixtures.plan(planCoordinator);
        assertThatThrownBy(() -> fixtures.as(planCoordinator, () -> meetings.createForPlan(prepared.id(), workshop)))
                .isInstanceOf(de.kokreation.shared.NotFoundException.class);
    }

    @Test
    void seatsThenWaitingListWhichMovesUpWithMails() {
        long meetingId = workshop(2);
        UserAccount first = fixtures.citizen();
        UserAccount second = fixtures.citizen();
        UserAccount third = fixtures.citizen();
        assertThat(register(first, meetingId, "")).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(register(second, meetingId, "Rollstuhlplatz")).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(register(third, meetingId, "")).isEqualTo(RegistrationStatus.WAITING);
        // Registering again changes the needs only.
        assertThat(register(third, meetingId, "Vegetarisch")).isEqualTo(RegistrationStatus.WAITING);
        assertThat(fixtures.as(third, () -> meetings.meeting(meetingId)).myWaitingPosition())
                .isEqualTo(1);
        assertThat(TestMailServer.text(
                        mail.awaitMailTo(first.email(), m -> subject(m).startsWith("Angemeldet"))))
                .contains("Rathaus, Marktplatz 1");
        mail.awaitMailTo(third.email(), m -> subject(m).startsWith("Warteliste"));

        fixtures.as(first, () -> {
            registrations.cancel(meetingId);
            return null;
        });
        mail.awaitMailTo(third.email(), m -> subject(m).startsWith("Ein Platz ist frei geworden"));
        assertThat(fixtures.as(third, () -> meetings.meeting(meetingId)).myStatus())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        MeetingSummary summary = meetings.meeting(meetingId).summary();
        assertThat(summary.seatsTaken()).isEqualTo(2);
        assertThat(summary.waiting()).isZero();

        // More seats move the waiting list up at once.
        UserAccount fourth = fixtures.citizen();
        assertThat(register(fourth, meetingId, "")).isEqualTo(RegistrationStatus.WAITING);
        fixtures.as(coordinator, () -> {
            MeetingPlan plan = meetings.plan(meetingId);
            meetings.change(meetingId, withCapacity(plan, 3));
            return null;
        });
        assertThat(fixtures.as(fourth, () -> meetings.meeting(meetingId)).myStatus())
                .isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void parallelRegistrationsNeverTakeMoreSeatsThanThereAre() throws Exception {
        long meetingId = workshop(3);
        List<UserAccount> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(fixtures.citizen());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<RegistrationStatus>> calls = people.stream()
                    .<Callable<RegistrationStatus>>map(person -> () -> register(person, meetingId, ""))
                    .toList();
            List<RegistrationStatus> results = new ArrayList<>();
            for (Future<RegistrationStatus> result : pool.invokeAll(calls)) {
                results.add(result.get());
            }
            assertThat(results)
                    .filteredOn(status -> status == RegistrationStatus.CONFIRMED)
                    .hasSize(3);
        } finally {
            pool.shutdown();
        }
        MeetingSummary summary = meetings.meeting(meetingId).summary();
        assertThat(summary.seatsTaken()).isEqualTo(3);
        assertThat(summary.waiting()).isEqualTo(7);
    }

    @Test
    void registrationClosesAtTheStartAndWithACancellation() {
        long started = workshop(null, Instant.now().minus(Duration.ofMinutes(5)));
        UserAccount citizen = fixtures.citizen();
        assertThatThrownBy(() -> register(citizen, started, ""))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("registrationClosed");

        long meetingId = workshop(null);
        UserAccount registered = fixtures.account("Registered", EnumSet.of(Role.CITIZEN));
        register(registered, meetingId, "");
        fixtures.as(coordinator, () -> {
            meetings.cancel(meetingId);
            return null;
        });
        mail.awaitMailTo(registered.email(), m -> subject(m).startsWith("Abgesagt"));
        assertThatThrownBy(() -> register(citizen, meetingId, ""))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("cancelled");
        assertThat(meetings.meeting(meetingId).summary().cancelled()).isTrue();
    }

    @Test
    void needsAreTakenBackAtAnyTimeAndForgottenAMonthAfterTheMeeting() {
        Instant soon = Instant.now().plus(Duration.ofMinutes(2));
        long meetingId = workshop(null, soon);
        UserAccount citizen = fixtures.citizen();
        register(citizen, meetingId, "Rollstuhlplatz");
        jdbc.update(
                "update meeting set starts_at = ?, ends_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(40))),
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(40)).plus(Duration.ofHours(3))),
                meetingId);
        // After the start the person still changes or withdraws what they told the organisers.
        assertThat(register(citizen, meetingId, "")).isEqualTo(RegistrationStatus.CONFIRMED);
        register(citizen, meetingId, "Induktionsschleife");
        reminders.forgetOldNeeds();
        assertThat(fixtures.as(citizen, () -> meetings.meeting(meetingId)).myNeeds())
                .isEmpty();
        fixtures.as(citizen, () -> {
            registrations.cancel(meetingId);
            return null;
        });
        assertThat(fixtures.as(citizen, () -> meetings.meeting(meetingId)).myStatus())
                .isNull();
    }

    @Test
    void aNewTimeIsNewsANewTitleIsNotAndTheMailsSpeakThePersonsLanguage() {
        long meetingId = workshop(null);
        UserAccount english = fixtures.citizen();
        fixtures.as(english, () -> {
            profiles.changeLanguage(java.util.Locale.ENGLISH);
            return null;
        });
        register(english, meetingId, "");
        fixtures.as(coordinator, () -> {
            meetings.change(meetingId, retitled(meetings.plan(meetingId), "Ein neuer Titel"));
            return null;
        });
        fixtures.as(coordinator, () -> {
            meetings.change(meetingId, moved(meetings.plan(meetingId), Duration.ofHours(1)));
            return null;
        });
        mail.awaitMailTo(english.email(), m -> subject(m).startsWith("Changed"));
        List<String> subjects = mail.mailsToAfterQuietPeriod(english.email()).stream()
                .map(MeetingRegistrationTest::subject)
                .toList();
        assertThat(subjects).hasSize(2);
        assertThat(subjects).anyMatch(subject -> subject.startsWith("Registered: Regionalworkshop"));
        assertThat(subjects).contains("Changed: Ein neuer Titel");
    }

    @Test
    void theDayBeforeEveryoneWithASeatHearsOnce() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Instant tomorrowMorning =
                LocalDate.now(zone).plusDays(1).atTime(10, 0).atZone(zone).toInstant();
        long meetingId = workshop(1, tomorrowMorning);
        UserAccount seated = fixtures.citizen();
        UserAccount waiting = fixtures.citizen();
        register(seated, meetingId, "");
        register(waiting, meetingId, "");
        reminders.remindOfTomorrow();
        reminders.remindOfTomorrow();
        mail.awaitMailTo(seated.email(), m -> subject(m).startsWith("Morgen"));
        assertThat(mail.mailsToAfterQuietPeriod(seated.email()))
                .extracting(MeetingRegistrationTest::subject)
                .filteredOn(subject -> subject.startsWith("Morgen"))
                .hasSize(1);
        assertThat(mail.mailsToAfterQuietPeriod(waiting.email()))
                .extracting(MeetingRegistrationTest::subject)
                .noneMatch(subject -> subject.startsWith("Morgen"));
    }

    @Test
    void theAttendanceListIsTheOrganisersOnly() {
        long meetingId = workshop(1);
        UserAccount seated = fixtures.citizen();
        UserAccount waiting = fixtures.citizen();
        register(seated, meetingId, "=HYPERLINK(\"http://evil.example\") Gebärdensprache 🤟");
        register(waiting, meetingId, "");
        assertThatThrownBy(() -> fixtures.as(seated, () -> registrations.registrations(meetingId)))
                .isInstanceOf(NotPermittedException.class);
        List<RegistrationRow> rows = fixtures.as(coordinator, () -> registrations.registrations(meetingId));
        assertThat(rows).extracting(RegistrationRow::email).containsExactly(seated.email(), waiting.email());
        assertThat(rows.getFirst().needs()).endsWith("Gebärdensprache 🤟");
        String csv = new String(
                fixtures.as(coordinator, () -> registrations.attendanceCsv(meetingId, column -> column)),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains("Gebärdensprache 🤟").contains(waiting.email());
        // Needs are never on the public page.
        assertThat(fixtures.as(waiting, () -> meetings.meeting(meetingId)).myNeeds())
                .isEmpty();
    }

    @Test
    void limitsAtJustBelowAndJustAbove() {
        long consultationId = consultation.consultation().id();
        String title150 = "Ä".repeat(149) + "ß";
        assertThat(fixtures.as(
                        coordinator,
                        () -> meetings.create(
                                consultationId, MeetingFixtures.workshop(title150, NEXT_MONTH, 1, Set.of()))))
                .isPositive();
        assertThatThrownBy(() -> fixtures.as(
                        coordinator,
                        () -> meetings.create(
                                consultationId, MeetingFixtures.workshop(title150 + "ö", NEXT_MONTH, 1, Set.of()))))
                .hasMessageContaining("meeting.error.title");
        assertThatThrownBy(() -> fixtures.as(
                        coordinator,
                        () -> meetings.create(consultationId, MeetingFixtures.workshop("Äö", NEXT_MONTH, 1, Set.of()))))
                .hasMessageContaining("meeting.error.title");
        assertThatThrownBy(() -> fixtures.as(
                        coordinator,
                        () -> meetings.create(
                                consultationId, MeetingFixtures.workshop("Workshop", NEXT_MONTH, 0, Set.of()))))
                .hasMessageContaining("meeting.error.capacity");
        assertThat(fixtures.as(
                        coordinator,
                        () -> meetings.create(
                                consultationId,
                                MeetingFixtures.workshop(
                                        "Workshop", NEXT_MONTH, MeetingLimits.CAPACITY_MAX, Set.of()))))
                .isPositive();
        assertThatThrownBy(() -> fixtures.as(
                        coordinator,
                        () -> meetings.create(
                                consultationId,
                                MeetingFixtures.workshop(
                                        "Workshop", NEXT_MONTH, MeetingLimits.CAPACITY_MAX + 1, Set.of()))))
                .hasMessageContaining("meeting.error.capacity");
        var online = new MeetingPlan(
                MeetingKind.ONLINE_SESSION,
                "Online",
                NEXT_MONTH,
                NEXT_MONTH.plus(Duration.ofHours(1)),
                "",
                "",
                "javascript:alert(1)",
                "",
                null,
                Set.of());
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> meetings.create(consultationId, online)))
                .hasMessageContaining("meeting.error.link");
        var backwards = new MeetingPlan(
                MeetingKind.WORKSHOP, "Workshop", NEXT_MONTH, NEXT_MONTH, "Ort", "", "", "", null, Set.of());
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> meetings.create(consultationId, backwards)))
                .hasMessageContaining("meeting.error.endBeforeStart");
        long meetingId = workshop(null);
        UserAccount citizen = fixtures.citizen();
        String needs = "🤟".repeat(MeetingLimits.NEEDS_MAX / 2);
        assertThat(register(citizen, meetingId, needs)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThatThrownBy(() -> register(citizen, meetingId, needs + "x"))
                .hasMessageContaining("meeting.error.needsTooLong");
        assertThat(fixtures.as(citizen, () -> meetings.meeting(meetingId)).myNeeds())
                .isEqualTo(needs);
    }

    @Test
    void personalDataAndDeletion() {
        long meetingId = workshop(1);
        UserAccount seated = fixtures.citizen();
        UserAccount waiting = fixtures.citizen();
        register(seated, meetingId, "Induktionsschleife");
        register(waiting, meetingId, "");
        String export = fixtures.as(seated, () -> personalData.exportMyData());
        assertThat(export).contains("meetingRegistrations").contains("Induktionsschleife");
        fixtures.as(seated, () -> {
            profiles.deleteMyAccount(Fixtures.PASSWORD);
            return null;
        });
        assertThat(fixtures.as(waiting, () -> meetings.meeting(meetingId)).myStatus())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(fixtures.as(coordinator, () -> registrations.registrations(meetingId)))
                .extracting(RegistrationRow::accountId)
                .containsExactly(waiting.id());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static MeetingPlan withCapacity(MeetingPlan plan, Integer capacity) {
        return new MeetingPlan(
                plan.kind(),
                plan.title(),
                plan.startsAt(),
                plan.endsAt(),
                plan.place(),
                plan.accessibility(),
                plan.onlineLink(),
                plan.agenda(),
                capacity,
                plan.themeGroupIds());
    }

    private static MeetingPlan retitled(MeetingPlan plan, String title) {
        return new MeetingPlan(
                plan.kind(),
                title,
                plan.startsAt(),
                plan.endsAt(),
                plan.place(),
                plan.accessibility(),
                plan.onlineLink(),
                plan.agenda(),
                plan.capacity(),
                plan.themeGroupIds());
    }

    private static MeetingPlan moved(MeetingPlan plan, Duration by) {
        return new MeetingPlan(
                plan.kind(),
                plan.title(),
                plan.startsAt().plus(by),
                plan.endsAt().plus(by),
                plan.place(),
                plan.accessibility(),
                plan.onlineLink(),
                plan.agenda(),
                plan.capacity(),
                plan.themeGroupIds());
    }
}
