package de.kokreation.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.account.ProfileService;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shell.Formats;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Comments on implementation reports: any signed-in participant answers a report of a published
 * plan and may say whether the reported level is right; the text is checked at its limit; only the
 * plan's own coordinators hide a comment, with a public reason; the comments are the author's
 * personal data and go with the account.
 */
@IntegrationTest
@Tag("database")
class ReportCommentTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    ImplementationService implementation;

    @Autowired
    AssessmentService assessments;

    @Autowired
    PlanPersonalData personalData;

    @Autowired
    ProfileService profiles;

    private UserAccount coordinator;
    private UserAccount responsible;
    private PlanSummary plan;
    private long reportId;

    @BeforeEach
    void setUp() {
        coordinator = fixtures.account("Koordination", EnumSet.of(Role.CITIZEN));
        responsible = fixtures.account("Referat Statistik", EnumSet.of(Role.CITIZEN));
        plan = planFixtures.published(
                coordinator, planFixtures.finalDraft(fixtures.citizen(), "Offene Haushalte " + Fixtures.next(), 1));
        CommitmentLine commitment = implementation.commitment(plan.slug(), 1).commitment();
        fixtures.as(coordinator, () -> {
            implementation.addResponsible(commitment.id(), responsible.id());
            return null;
        });
        fixtures.as(responsible, () -> {
            implementation.report(
                    commitment.milestones().getFirst().id(),
                    new ProgressReport(CompletionLevel.COMPLETED, LocalDate.now(Formats.ZONE), "Fertig.", ""));
            return null;
        });
        reportId =
                implementation.commitment(plan.slug(), 1).history().getFirst().id();
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void participantsAnswerAReportWithOrWithoutASideAndTheTextIsCheckedAtItsLimit() {
        assertThatThrownBy(() -> assessments.commentOnReport(reportId, Stance.DISAGREES, "Stimmt nicht."))
                .as("anonymous")
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        UserAccount critic = fixtures.account("Kritische Stimme", EnumSet.of(Role.CITIZEN));
        UserAccount helper = fixtures.account("Hilfreiche Stimme", EnumSet.of(Role.CITIZEN));
        // The limit counts UTF-16 units, as the browser's maxlength does: an emoji takes two.
        String emojis = "😀".repeat(ActionPlanLimits.REPORT_COMMENT_MAX / 2);
        fixtures.as(critic, () -> {
            assessments.commentOnReport(
                    reportId, Stance.DISAGREES, "  Das Portal ist noch nicht barrierefrei – ÄÖÜ.  ");
            return null;
        });
        fixtures.as(helper, () -> {
            assessments.commentOnReport(reportId, null, "Ü".repeat(ActionPlanLimits.REPORT_COMMENT_MAX));
            assessments.commentOnReport(reportId, Stance.AGREES, emojis);
            return null;
        });
        for (String refused : new String[] {"   ", "Ü".repeat(ActionPlanLimits.REPORT_COMMENT_MAX + 1), emojis + "x"}) {
            assertThatThrownBy(() -> fixtures.as(helper, () -> assessments.commentOnReport(reportId, null, refused)))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.reportCommentSize"));
        }
        assertThatThrownBy(() -> fixtures.as(helper, () -> assessments.commentOnReport(-1, null, "Gibt es nicht.")))
                .isInstanceOf(NotFoundException.class);

        CommitmentDetails page = implementation.commitment(plan.slug(), 1);
        assertThat(page.commentsOn(reportId))
                .extracting(ReportCommentLine::authorName, ReportCommentLine::stance, ReportCommentLine::body)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Kritische Stimme", Stance.DISAGREES, "Das Portal ist noch nicht barrierefrei – ÄÖÜ."),
                        org.assertj.core.groups.Tuple.tuple(
                                "Hilfreiche Stimme", null, "Ü".repeat(ActionPlanLimits.REPORT_COMMENT_MAX)),
                        org.assertj.core.groups.Tuple.tuple("Hilfreiche Stimme", Stance.AGREES, emojis));
        assertThat(fixtures.as(critic, () -> personalData.mine()).reportComments())
                .singleElement()
                .satisfies(mine -> {
                    assertThat(mine.plan()).isEqualTo(plan.title());
                    assertThat(mine.commitment()).isEqualTo(1);
                    assertThat(mine.milestone()).isEqualTo(1);
                    assertThat(mine.stance()).isEqualTo("DISAGREES");
                });
    }

    @Test
    void onlyThePlansOwnCoordinatorsHideACommentAndItsTextAndAuthorAreGoneFromThePage() {
        UserAccount troll = fixtures.account("Werbung", EnumSet.of(Role.CITIZEN));
        long trolls = fixtures.as(troll, () -> assessments.commentOnReport(reportId, Stance.AGREES, "Kauft bei mir!"));
        UserAccount otherCoordinator = fixtures.account("Andere Koordination", EnumSet.of(Role.CITIZEN));
        planFixtures.published(
                otherCoordinator, planFixtures.finalDraft(fixtures.citizen(), "Anderer Plan " + Fixtures.next(), 1));
        for (UserAccount refused : new UserAccount[] {troll, responsible, otherCoordinator}) {
            assertThatThrownBy(() -> fixtures.as(refused, () -> {
                        assessments.hideReportComment(trolls, "Werbung");
                        return null;
                    }))
                    .as(refused.displayName())
                    .isInstanceOf(NotPermittedException.class);
        }
        fixtures.as(coordinator, () -> {
            assessments.hideReportComment(trolls, "Werbung");
            return null;
        });
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> {
                    assessments.hideReportComment(trolls, "Noch einmal");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.reportCommentHidden"));
        assertThat(implementation.commitment(plan.slug(), 1).commentsOn(reportId))
                .singleElement()
                .satisfies(hidden -> {
                    assertThat(hidden.body()).isNull();
                    assertThat(hidden.stance()).isNull();
                    assertThat(hidden.authorName()).isEmpty();
                    assertThat(hidden.hiddenReason()).isEqualTo("Werbung");
                });
    }

    @Test
    void aDeletedAccountsCommentsGoWithIt() {
        UserAccount leaving = fixtures.citizen();
        fixtures.as(leaving, () -> assessments.commentOnReport(reportId, Stance.AGREES, "Gut gemacht."));
        assertThat(implementation.commitment(plan.slug(), 1).commentsOn(reportId))
                .hasSize(1);
        fixtures.as(leaving, () -> {
            profiles.deleteMyAccount(Fixtures.PASSWORD);
            return null;
        });
        assertThat(implementation.commitment(plan.slug(), 1).commentsOn(reportId))
                .isEmpty();
    }
}
