package de.kokreation.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.PlanFixtures.FinalDraft;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.proposal.ImplementationLinks;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shell.Formats;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan rules across objects, not only across roles: a person responsible for one commitment
 * may not report on the next one of the same plan; the coordinator of one published plan may do
 * nothing a coordinator does in another; nothing of a plan in preparation is readable by anyone but
 * its coordinators.
 */
@IntegrationTest
@Tag("database")
class PlanAuthorizationTest {

    private static final LocalDate TODAY = LocalDate.now(Formats.ZONE);

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
    ImplementationLinks implementationLinks;

    private UserAccount coordinator;
    private UserAccount otherCoordinator;
    private UserAccount responsibleForFirst;
    private PlanSummary plan;
    private CommitmentLine first;
    private CommitmentLine second;

    @BeforeEach
    void setUp() {
        coordinator = fixtures.account("Koordination", EnumSet.of(Role.CITIZEN));
        otherCoordinator = fixtures.account("Koordination anderer Plan", EnumSet.of(Role.CITIZEN));
        responsibleForFirst = fixtures.account("Verantwortlich für 1", EnumSet.of(Role.CITIZEN));
        plan = planFixtures.published(
                coordinator,
                planFixtures.finalDraft(fixtures.citizen(), "Erste Verpflichtung " + Fixtures.next(), 2),
                planFixtures.finalDraft(fixtures.citizen(), "Zweite Verpflichtung " + Fixtures.next(), 2));
        planFixtures.published(
                otherCoordinator, planFixtures.finalDraft(fixtures.citizen(), "Anderer Plan " + Fixtures.next(), 1));
        first = plans.plan(plan.slug()).commitments().get(0);
        second = plans.plan(plan.slug()).commitments().get(1);
        fixtures.as(coordinator, () -> {
            implementation.addResponsible(first.id(), responsibleForFirst.id());
            return null;
        });
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void responsibleForOneCommitmentReportsOnItAndOnNoOtherOfThePlan() {
        fixtures.as(responsibleForFirst, () -> {
            implementation.report(first.milestones().getFirst().id(), report());
            return null;
        });
        refused(
                responsibleForFirst,
                () -> implementation.report(second.milestones().getFirst().id(), report()));
        refused(
                responsibleForFirst,
                () -> implementation.setLevel(second.id(), CompletionLevel.COMPLETED, "Alles erledigt, wirklich."));
        refused(responsibleForFirst, () -> implementation.addResponsible(second.id(), responsibleForFirst.id()));
        String sheetRow = "commitment,milestone,level,note\r\n2,1,LIMITED,Begonnen\r\n";
        MilestoneImport outcome = fixtures.as(
                responsibleForFirst,
                () -> sheet.read(plan.id(), new ByteArrayInputStream(sheetRow.getBytes(StandardCharsets.UTF_8))));
        assertThat(outcome.errors())
                .extracting(MilestoneImport.RowError::messageKey)
                .containsExactly("plan.import.error.notResponsible");
        assertThat(implementation.commitment(plan.slug(), 2).history()).isEmpty();
    }

    @Test
    void theCoordinatorOfAnotherPlanDoesNothingACoordinatorDoesInThisOne() {
        long round = fixtures.as(coordinator, () -> rounds.open(plan.id(), "Stand Juni", TODAY));
        fixtures.as(responsibleForFirst, () -> {
            implementation.report(first.milestones().getFirst().id(), report());
            return null;
        });
        long reportId =
                implementation.commitment(plan.slug(), 1).history().getFirst().id();
        long comment =
                fixtures.as(fixtures.citizen(), () -> assessments.commentOnReport(reportId, Stance.AGREES, "Gut so."));

        refused(otherCoordinator, () -> rounds.open(plan.id(), "Noch eine Runde", TODAY.plusDays(10)));
        refused(otherCoordinator, () -> assessments.publishSummary(round, "Meine Sicht auf fremde Pläne."));
        refused(otherCoordinator, () -> assessments.hideReportComment(comment, "Gefällt mir nicht"));
        refused(otherCoordinator, () -> implementation.addResponsible(second.id(), otherCoordinator.id()));
        refused(otherCoordinator, () -> implementation.removeResponsible(first.id(), responsibleForFirst.id()));
        refused(
                otherCoordinator,
                () -> implementation.report(second.milestones().getFirst().id(), report()));
        refused(
                otherCoordinator,
                () -> implementation.setLevel(first.id(), CompletionLevel.WITHDRAWN, "Aus einem fremden Plan."));
        refused(otherCoordinator, () -> plans.move(plan.id(), second.id(), 1));
        refused(otherCoordinator, () -> plans.remove(plan.id(), second.id()));
        refused(otherCoordinator, () -> plans.revise(plan.id(), PlanFixtures.texts()));
        assertThat(fixtures.as(otherCoordinator, () -> sheet.mayUse(plan.id()))).isFalse();
        assertThat(fixtures.as(otherCoordinator, () -> implementation.commitment(plan.slug(), 1))
                        .mayReport())
                .isFalse();
    }

    @Test
    void nothingOfAPlanInPreparationIsReadableButByItsCoordinators() {
        FinalDraft draft = planFixtures.finalDraft(fixtures.citizen(), "Noch geheim " + Fixtures.next(), 1);
        PlanSummary prepared = planFixtures.plan(coordinator);
        fixtures.as(coordinator, () -> plans.adopt(prepared.id(), draft.draftId()));
        assertThat(fixtures.as(coordinator, () -> implementation.commitment(prepared.slug(), 1))
                        .commitment()
                        .title())
                .startsWith("Noch geheim");

        for (UserAccount stranger :
                new UserAccount[] {null, fixtures.citizen(), otherCoordinator, responsibleForFirst}) {
            notFound(stranger, () -> plans.plan(prepared.slug()));
            notFound(stranger, () -> implementation.commitment(prepared.slug(), 1));
            notFound(stranger, () -> rounds.rounds(prepared.slug()));
            notFound(stranger, () -> rounds.progress(prepared.slug()));
            assertThat(as(stranger, () -> plans.plans()))
                    .extracting(PlanSummary::slug)
                    .doesNotContain(prepared.slug());
            assertThat(as(stranger, () -> implementationLinks.implementationsOf(draft.proposalId())))
                    .as("the proposal page names no commitment of an unpublished plan")
                    .isEmpty();
        }
    }

    private static ProgressReport report() {
        return new ProgressReport(CompletionLevel.LIMITED, TODAY, "Begonnen.", "");
    }

    private void refused(UserAccount account, Runnable action) {
        refusedWith(NotPermittedException.class, account, action);
    }

    private void notFound(UserAccount account, Runnable action) {
        refusedWith(NotFoundException.class, account, action);
    }

    private void refusedWith(Class<? extends RuntimeException> refusal, UserAccount account, Runnable action) {
        assertThatThrownBy(() -> as(account, () -> {
                    action.run();
                    return null;
                }))
                .isInstanceOf(refusal);
    }

    /** As the account, or anonymously for null. */
    private <T> T as(UserAccount account, Supplier<T> action) {
        if (account == null) {
            fixtures.logout();
            return action.get();
        }
        return fixtures.as(account, action);
    }
}
