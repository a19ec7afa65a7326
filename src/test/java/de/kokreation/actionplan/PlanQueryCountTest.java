package de.kokreation.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan page, the monitoring page, a commitment's page and a round read a fixed number of
 * queries, whatever the number of commitments and milestones: counted by H2's query statistics
 * for a plan of one commitment and a plan of eight, each with three milestones and reports.
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
    JdbcTemplate jdbc;

    @AfterEach
    void stopCounting() {
        jdbc.execute("set query_statistics false");
        fixtures.logout();
    }

    @Test
    void thePagesOfALargePlanTakeAsManyQueriesAsThoseOfASmallOne() {
        Map<String, Long> small = queriesOfPages(plan(1));
        Map<String, Long> large = queriesOfPages(plan(8));
        assertThat(large).isEqualTo(small);
        assertThat(small.get("plan")).as("plan page").isLessThanOrEqualTo(8);
    }

    private record Plan(String slug, long roundId) {}

    private Plan plan(int commitments) {
        UserAccount coordinator = fixtures.account("Koordination", EnumSet.of(Role.CITIZEN));
        PlanSummary plan = planFixtures.plan(coordinator);
        for (int i = 0; i < commitments; i++) {
            long draft = planFixtures
                    .finalDraft(fixtures.citizen(), "Verpflichtung " + Fixtures.next(), 3)
                    .draftId();
            fixtures.as(coordinator, () -> plans.adopt(plan.id(), draft));
        }
        fixtures.as(coordinator, () -> {
            plans.publish(plan.id());
            for (CommitmentLine commitment : plans.plan(plan.slug()).commitments()) {
                for (MilestoneLine milestone : commitment.milestones()) {
                    implementation.report(
                            milestone.id(),
                            new ProgressReport(CompletionLevel.LIMITED, LocalDate.now(), "Begonnen.", ""));
                }
            }
            return null;
        });
        long round = fixtures.as(coordinator, () -> rounds.open(plan.id(), "Runde", LocalDate.now()));
        return new Plan(plan.slug(), round);
    }

    /** The statements each page's service calls run, counted per page, once the mails of the setup are out. */
    private Map<String, Long> queriesOfPages(Plan plan) {
        awaitQuietBackground();
        return Map.of(
                "plan", count(() -> plans.plan(plan.slug())),
                "monitoring",
                        count(() -> {
                            plans.plan(plan.slug());
                            rounds.rounds(plan.slug());
                        }),
                "commitment", count(() -> implementation.commitment(plan.slug(), 1)),
                "round", count(() -> rounds.round(plan.slug(), plan.roundId())));
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
                        + " and upper(sql_statement) <> 'COMMIT'",
                Long.class);
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
