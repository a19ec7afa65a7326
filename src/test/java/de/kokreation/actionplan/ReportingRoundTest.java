package de.kokreation.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.TestMailServer;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shell.Formats;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reporting rounds: only coordinators open them, one at a time; the responsible persons are
 * reminded once; at the deadline the state is frozen and never changes; a round is compared with
 * the one before.
 */
@IntegrationTest
@Tag("database")
class ReportingRoundTest {

    private static final LocalDate TODAY = LocalDate.now(Formats.ZONE);

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    RoundService rounds;

    @Autowired
    ImplementationService implementation;

    @Autowired
    TestMailServer mail;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcTemplate jdbc;

    private UserAccount coordinator;
    private UserAccount responsible;
    private PlanSummary plan;
    private CommitmentLine commitment;

    @BeforeEach
    void setUp() {
        coordinator = fixtures.account("Koordination", EnumSet.of(Role.CITIZEN));
        responsible = fixtures.account("Verantwortlich", EnumSet.of(Role.CITIZEN));
        plan = planFixtures.published(
                coordinator, planFixtures.finalDraft(fixtures.citizen(), "Offene Statistik " + Fixtures.next(), 2));
        commitment = fixtures.as(coordinator, () -> implementation.commitment(plan.slug(), 1))
                .commitment();
        fixtures.as(coordinator, () -> {
            implementation.addResponsible(commitment.id(), responsible.id());
            return null;
        });
        // Rounds of other tests in the shared database are frozen with the same call: out of the way first.
        rounds.freezeDue(TODAY.plusYears(50));
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void onlyCoordinatorsOpenRoundsOneAtATimeWithADeadlineAheadAndATitle() {
        assertThatThrownBy(() -> fixtures.as(responsible, () -> rounds.open(plan.id(), "Stand Juni", TODAY)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(
                        () -> fixtures.as(coordinator, () -> rounds.open(plan.id(), "Stand Juni", TODAY.minusDays(1))))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.roundDeadline"));
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> rounds.open(plan.id(), "ab", TODAY)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.roundTitle"));
        String longest = "Ü".repeat(ActionPlanLimits.TITLE_MAX);
        long first = fixtures.as(coordinator, () -> rounds.open(plan.id(), longest, TODAY));
        assertThat(rounds.rounds(plan.slug())).singleElement().satisfies(round -> {
            assertThat(round.id()).isEqualTo(first);
            assertThat(round.title()).isEqualTo(longest);
            assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        });
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> rounds.open(plan.id(), "Noch eine", TODAY)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.roundOpen"));
    }

    @Test
    void twoCoordinatorsOpeningAtTheSameMomentGetOneRound() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> opening = () -> {
                try {
                    fixtures.as(coordinator, () -> rounds.open(plan.id(), "Gleichzeitig", TODAY.plusDays(30)));
                    return "opened";
                } catch (DomainException refused) {
                    return refused.messageKey();
                }
            };
            List<Future<String>> results = pool.invokeAll(List.of(opening, opening));
            assertThat(List.of(results.get(0).get(), results.get(1).get()))
                    .containsExactlyInAnyOrder("opened", "plan.error.roundOpen");
        } finally {
            pool.shutdown();
        }
        assertThat(rounds.rounds(plan.slug())).hasSize(1);
    }

    @Test
    void theResponsiblePersonIsRemindedOnceBeforeTheDeadline() {
        fixtures.as(coordinator, () -> rounds.open(plan.id(), "Stand Juli", TODAY.plusDays(30)));
        rounds.remindDue(TODAY);
        assertThat(mail.mailsToAfterQuietPeriod(responsible.email()))
                .as("a month ahead: not yet")
                .isEmpty();
        rounds.remindDue(TODAY.plusDays(23));
        assertThat(TestMailServer.subject(mail.awaitMailTo(responsible.email())))
                .startsWith("Bitte berichten Sie bis ")
                .endsWith(": Stand Juli");
        rounds.remindDue(TODAY.plusDays(24));
        assertThat(mail.mailsToAfterQuietPeriod(responsible.email())).as("once").hasSize(1);
    }

    @Test
    void aRoundWhoseDeadlineHasPassedIsFrozenNotReminded() {
        fixtures.as(coordinator, () -> rounds.open(plan.id(), "Stand heute", TODAY));
        // The schedule reminds before it freezes: a day late, the round is frozen without a reminder.
        rounds.remindDue(TODAY.plusDays(1));
        rounds.freezeDue(TODAY.plusDays(1));
        assertThat(mail.mailsToAfterQuietPeriod(responsible.email())).isEmpty();
    }

    @Test
    void atTheDeadlineTheStateIsFrozenForGoodAndComparedWithTheRoundBefore() {
        List<MilestoneLine> milestones = commitment.milestones();
        long first = fixtures.as(coordinator, () -> rounds.open(plan.id(), "Erste Runde", TODAY));
        fixtures.as(responsible, () -> {
            implementation.report(
                    milestones.get(0).id(), new ProgressReport(CompletionLevel.LIMITED, TODAY, "Begonnen.", ""));
            return null;
        });
        RoundDetails open = rounds.round(plan.slug(), first);
        assertThat(open.round().isFrozen()).isFalse();
        assertThat(open.commitments().getFirst().milestones().getFirst().level())
                .isEqualTo(CompletionLevel.LIMITED);

        assertThat(rounds.freezeDue(TODAY))
                .as("not before the deadline has passed")
                .isZero();
        assertThat(rounds.freezeDue(TODAY.plusDays(1))).isEqualTo(1);
        assertThat(rounds.freezeDue(TODAY.plusDays(2))).as("once").isZero();

        // Reports after the freeze do not change the frozen round.
        fixtures.as(responsible, () -> {
            implementation.report(
                    milestones.get(0).id(), new ProgressReport(CompletionLevel.COMPLETED, TODAY, "Fertig.", ""));
            return null;
        });
        RoundDetails frozen = rounds.round(plan.slug(), first);
        assertThat(frozen.round().isFrozen()).isTrue();
        RoundDetails.Milestone frozenMilestone =
                frozen.commitments().getFirst().milestones().getFirst();
        assertThat(frozenMilestone.level()).isEqualTo(CompletionLevel.LIMITED);
        assertThat(frozenMilestone.note()).isEqualTo("Begonnen.");
        assertThat(frozenMilestone.previousLevel()).as("no round before").isNull();

        long second = fixtures.as(coordinator, () -> rounds.open(plan.id(), "Zweite Runde", TODAY));
        rounds.freezeDue(TODAY.plusDays(1));
        RoundDetails compared = rounds.round(plan.slug(), second);
        assertThat(compared.previous()).isNotNull();
        assertThat(compared.previous().id()).isEqualTo(first);
        RoundDetails.Milestone changed =
                compared.commitments().getFirst().milestones().getFirst();
        assertThat(changed.level()).isEqualTo(CompletionLevel.COMPLETED);
        assertThat(changed.previousLevel()).isEqualTo(CompletionLevel.LIMITED);
        assertThat(changed.changed()).isTrue();
        assertThat(compared.commitments().getFirst().changed())
                .as("limited → substantial")
                .isTrue();
        Integer rows =
                jdbc.queryForObject("select count(*) from round_snapshot where round_id = ?", Integer.class, first);
        assertThat(rows).as("one row for the commitment and one per milestone").isEqualTo(3);
    }

    @Test
    void participantsAssessTheReportedLevelCoordinatorsHideAbuseAndSummarize() {
        long round = fixtures.as(coordinator, () -> rounds.open(plan.id(), "Stand August", TODAY));
        UserAccount critic = fixtures.citizen();
        UserAccount troll = fixtures.citizen();
        assertThatThrownBy(() -> assessments.assess(round, commitment.id(), true, "Stimmt so, sehr gut."))
                .as("anonymous")
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(critic, () -> {
                    assessments.assess(round, commitment.id(), true, "Stimmt so, sehr gut.");
                    return null;
                }))
                .as("while the round is open its levels may still change")
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.assessmentNotFrozen"));
        rounds.freezeDue(TODAY.plusDays(1));
        fixtures.as(critic, () -> {
            assessments.assess(round, commitment.id(), true, "Stimmt so, sehr gut.");
            // restated: one assessment per person, the latest counts
            assessments.assess(round, commitment.id(), false, "Das Portal ist noch nicht barrierefrei – ÄÖÜ.");
            return null;
        });
        assertThatThrownBy(() -> fixtures.as(troll, () -> {
                    assessments.assess(round, commitment.id(), false, "zu kurz");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.assessmentReason"));
        fixtures.as(troll, () -> {
            assessments.assess(round, commitment.id(), true, "Werbung für meinen Laden!!!");
            return null;
        });
        long trollsId = assessments.view(round).assessments().get(1).stream()
                .filter(assessment -> assessment.agrees())
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> fixtures.as(critic, () -> {
                    assessments.hide(trollsId, "Werbung");
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);
        fixtures.as(coordinator, () -> {
            assessments.hide(trollsId, "Werbung");
            assessments.publishSummary(round, "Die Zivilgesellschaft sieht **Verzögerungen**.");
            return null;
        });

        CivilSocietyView view = assessments.view(round);
        assertThat(view.agreeing(1)).isZero();
        assertThat(view.disagreeing(1)).isEqualTo(1);
        assertThat(view.assessments().get(1))
                .extracting(CivilSocietyView.Assessment::reason, CivilSocietyView.Assessment::hiddenReason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Das Portal ist noch nicht barrierefrei – ÄÖÜ.", null),
                        org.assertj.core.groups.Tuple.tuple(null, "Werbung"));
        assertThat(view.summary()).isEqualTo("Die Zivilgesellschaft sieht **Verzögerungen**.");
        assertThatThrownBy(() -> fixtures.as(troll, () -> {
                    assessments.assess(round, commitment.id(), true, "Jetzt aber ohne Werbung.");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.assessmentHidden"));
    }
}
