package de.kokreation.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.shell.Formats;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan page, the monitoring page, a commitment's page and a round (open and frozen) read a
 * fixed number of queries, whatever the number of commitments and milestones: counted by H2's query
 * statistics for a plan of one commitment with three milestones and one of the size, 20
 * commitments with 10 milestones each (200), anonymously and as the plan's coordinator. Each page
 * counts every service call its view makes.
 */
@IntegrationTest
class PlanQueryCountTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    ActionPlanService plans;

    @Autowired
    ImplementationService implementation;

    @Autowired
    RoundService rounds;

    @Autowired
    AssessmentService assessments;

    @Autowired
    MilestoneSheet sheet;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void stopCounting() {
        jdbc.execute("set query_statistics false");
        fixtures.logout();
    }

    @Test
    void thePagesOfALargePlanTakeAsManyQueriesAsThoseOfASmallOne() {
        Plan small = plan(1, 3);
        Plan large = plan(20, 10);
        Map<String, Long> smallAnonymous = queriesOfPages(small, null);
        Map<String, Long> largeAnonymous = queriesOfPages(large, null);
        assertThat(largeAnonymous).isEqualTo(smallAnonymous);
        Map<String, Long> smallCoordinated = queriesOfPages(small, small.coordinator());
        assertThat(queriesOfPages(large, large.coordinator())).isEqualTo(smallCoordinated);
        // The figures the README quotes, so that a new query per page is noticed.
        assertThat(largeAnonymous)
                .isEqualTo(Map.of(
                        "plan", 6L, "monitoring", 14L, "commitment", 12L, "round-open", 13L, "round-frozen", 13L));
    }

    private record Plan(String slug, long id, long openRound, long frozenRound, UserAccount coordinator) {}

    private Plan plan(int commitments, int milestones) {
        UserAccount coordinator = fixtures.account("Koordination", EnumSet.of(Role.CITIZEN));
        PlanSummary plan = planFixtures.plan(coordinator);
        for (int i = 0; i < commitments; i++) {
            long draft = planFixtures
                    .finalDraft(fixtures.citizen(), "Verpflichtung " + Fixtures.next(), milestones)
                    .draftId();
            fixtures.as(coordinator, () -> plans.adopt(plan.id(), draft));
        }
        long frozen = fixtures.as(coordinator, () -> {
            plans.publish(plan.id());
            long round = rounds.open(plan.id(), "Erste Runde", LocalDate.now(Formats.ZONE));
            // One report per commitment: the pages read all reports at once, however many there are.
            for (CommitmentLine commitment : plans.plan(plan.slug()).commitments()) {
                implementation.report(
                        commitment.milestones().getFirst().id(),
                        new ProgressReport(CompletionLevel.LIMITED, LocalDate.now(Formats.ZONE), "Begonnen.", ""));
            }
            return round;
        });
        rounds.freezeDue(LocalDate.now(Formats.ZONE).plusDays(1));
        UserAccount participant = fixtures.citizen();
        fixtures.as(participant, () -> {
            long commitment = plans.plan(plan.slug()).commitments().getFirst().id();
            assessments.assess(frozen, commitment, false, "Noch nicht so weit.");
            long report = implementation
                    .commitment(plan.slug(), 1)
                    .history()
                    .getFirst()
                    .id();
            return assessments.commentOnReport(report, Stance.DISAGREES, "Stimmt so nicht.");
        });
        long open = fixtures.as(coordinator, () -> rounds.open(plan.id(), "Zweite Runde", LocalDate.now(Formats.ZONE)));
        return new Plan(plan.slug(), plan.id(), open, frozen, coordinator);
    }

    /**
     * The statements of each page's service calls, as its view makes them, counted per page once
     * the mails of the setup are out; anonymously for a null account.
     */
    private Map<String, Long> queriesOfPages(Plan plan, @Nullable UserAccount account) {
        awaitQuietBackground();
        if (account == null) {
            fixtures.logout();
            return countPages(plan);
        }
        return fixtures.as(account, () -> countPages(plan));
    }

    private Map<String, Long> countPages(Plan plan) {
        return Map.of(
                "plan", count(() -> plans.plan(plan.slug())),
                "monitoring",
                        count(() -> {
                            plans.plan(plan.slug());
                            sheet.mayUse(plan.id());
                            rounds.progress(plan.slug());
                            rounds.rounds(plan.slug());
                        }),
                "commitment", count(() -> implementation.commitment(plan.slug(), 1)),
                "round-open",
                        count(() -> {
                            rounds.round(plan.slug(), plan.openRound());
                            assessments.view(plan.openRound());
                        }),
                "round-frozen",
                        count(() -> {
                            rounds.round(plan.slug(), plan.frozenRound());
                            assessments.view(plan.frozenRound());
                        }));
    }

    /** The reports' news go out in the background; their statements must not be counted as the pages'. */
    private void awaitQuietBackground() {
        for (int i = 0; i < 100; i++) {
            Integer outstanding = jdbc.queryForObject("select count(*) from event_publication", Integer.class);
            if (outstanding != null && outstanding == 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long count(Runnable page) {
        jdbc.execute("set query_statistics false");
        jdbc.execute("set query_statistics true");
        page.run();
        List<Long> counts = jdbc.queryForList(
                "select execution_count from information_schema.query_statistics"
                        + " where lower(sql_statement) not like '%query_statistics%'"
                        + " and lower(sql_statement) not like '%event_publication%'"
                        // live-voting rooms of other tests are read in the background, like the registry
                        + " and lower(sql_statement) not like '%meeting_live_poll%'"
                        + " and upper(sql_statement) <> 'COMMIT'",
                Long.class);
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
