package de.kokreation.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.PlanFixtures;
import de.kokreation.PlanFixtures.FinalDraft;
import de.kokreation.TestMailServer;
import de.kokreation.account.ProfileService;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftService;
import de.kokreation.proposal.ImplementationLinks;
import de.kokreation.proposal.ImplementationRef;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shell.Formats;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Action plans through the services: who may create, assemble, publish and report, for which plan
 * and commitment; the published text stays as adopted; every report is kept; the level follows the
 * milestones unless set explicitly; proposal authors and followers hear of a new level; the
 * proposal page names the commitment.
 */
@IntegrationTest
@Tag("database")
class ActionPlanTest {

    private static final LocalDate TODAY = LocalDate.now(Formats.ZONE);

    @Autowired
    Fixtures fixtures;

    @Autowired
    ActionPlanService plans;

    @Autowired
    ImplementationService implementation;

    @Autowired
    ImplementationLinks implementationLinks;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PlanPersonalData planPersonalData;

    @Autowired
    DraftService drafts;

    @Autowired
    ProfileService profiles;

    @Autowired
    TestMailServer mail;

    @Autowired
    JdbcTemplate jdbc;

    private UserAccount admin;
    private UserAccount coordinator;
    private UserAccount otherCoordinator;
    private UserAccount responsible;
    private UserAccount citizen;
    private UserAccount author;

    @BeforeEach
    void setUp() {
        admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        coordinator = fixtures.account("Koordination Aktionsplan", EnumSet.of(Role.CITIZEN));
        otherCoordinator = fixtures.account("Andere Koordination", EnumSet.of(Role.CITIZEN));
        responsible = fixtures.account("Referat Open Data", EnumSet.of(Role.CITIZEN));
        citizen = fixtures.citizen();
        author = fixtures.citizen();
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    @Test
    void onlyAdminsCreatePlansAndAPlanInPreparationExistsOnlyForItsCoordinators() {
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> plans.create("nap-" + Fixtures.next(), texts())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.create("nap-" + Fixtures.next(), texts()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        PlanSummary plan = newPlan();
        String other = fixtures.as(admin, () -> plans.create("nap-" + Fixtures.next(), texts()));

        assertThat(fixtures.as(coordinator, () -> plans.plan(plan.slug())).mayAssemble())
                .isTrue();
        assertThatThrownBy(() -> fixtures.as(citizen, () -> plans.plan(plan.slug())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.plan(plan.slug())).as("anonymous").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> plans.plan(other)))
                .as("the coordinator of another plan")
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(coordinator, () -> plans.plans()))
                .extracting(PlanSummary::slug)
                .contains(plan.slug())
                .doesNotContain(other);
        assertThat(plans.plans()).extracting(PlanSummary::slug).doesNotContain(plan.slug(), other);
        assertThatThrownBy(() -> fixtures.as(admin, () -> plans.create(plan.slug(), texts())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.slugTaken"));
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> {
                    plans.addCoordinator(plan.id(), citizen.id());
                    return null;
                }))
                .as("coordinators do not name coordinators")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as(
                        coordinator,
                        () -> org.springframework.security.core.context.SecurityContextHolder.getContext()
                                .getAuthentication()
                                .getAuthorities()
                                .stream()
                                .map(Object::toString)
                                .toList()))
                .as("a plan's coordinator gets no consultation coordinator's role flag (and menus)")
                .doesNotContain(Role.COORDINATOR.authority());
    }

    @Test
    void theTextsAreCheckedAtTheirLimitsWithMultiByteCharacters() {
        PlanSummary plan = newPlan();
        String longest = "Ä".repeat(ActionPlanLimits.TITLE_MAX);
        fixtures.as(coordinator, () -> {
            plans.revise(plan.id(), new PlanTexts(longest, TODAY, TODAY, "Ö".repeat(ActionPlanLimits.BODY_MAX), ""));
            return null;
        });
        assertThat(fixtures.as(coordinator, () -> plans.plan(plan.slug()))
                        .plan()
                        .title())
                .isEqualTo(longest);
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> {
                    plans.revise(plan.id(), new PlanTexts(longest + "Ä", TODAY, TODAY, "", ""));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.titleSize"));
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> {
                    plans.revise(plan.id(), new PlanTexts("Kurzer Titel", TODAY, TODAY.minusDays(1), "", ""));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.period"));
        assertThat(fixtures.as(coordinator, () -> plans.plan(plan.slug()))
                        .plan()
                        .title())
                .as("nothing half-saved")
                .isEqualTo(longest);
        assertThatThrownBy(() -> fixtures.as(admin, () -> plans.create("Großbuchstaben", texts())))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.slug"));
    }

    @Test
    void theCoordinatorAssemblesFinalDraftsOrdersThemAndPublishesTheTextAsItStandsThen() {
        PlanSummary plan = newPlan();
        FinalDraft first = finalDraft("Offene Haushaltsdaten", 2);
        FinalDraft second = finalDraft("Transparenzregister", 1);
        FinalDraft third = finalDraft("Beteiligungsportal", 1);
        long unfinished = fixtures.as(
                admin, () -> drafts.create(first.group().id(), DraftContent.titled("Noch kein Ende in Sicht")));

        List<Long> adoptable = fixtures.as(coordinator, () -> plans.adoptableDrafts(plan.id())).stream()
                .map(AdoptableDraft::draftId)
                .toList();
        assertThat(adoptable)
                .contains(first.draftId(), second.draftId(), third.draftId())
                .doesNotContain(unfinished);
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> plans.adopt(plan.id(), unfinished)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.notAdoptable"));
        assertThatThrownBy(() -> fixtures.as(otherCoordinator, () -> plans.adopt(plan.id(), first.draftId())))
                .isInstanceOf(NotFoundException.class);

        fixtures.as(coordinator, () -> {
            assertThat(plans.adopt(plan.id(), first.draftId())).isEqualTo(1);
            assertThat(plans.adopt(plan.id(), second.draftId())).isEqualTo(2);
            assertThat(plans.adopt(plan.id(), third.draftId())).isEqualTo(3);
            return null;
        });
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> plans.adopt(plan.id(), first.draftId())))
                .as("a draft is in a plan once")
                .isInstanceOf(DomainException.class);
        List<CommitmentLine> assembled =
                fixtures.as(coordinator, () -> plans.plan(plan.slug())).commitments();
        fixtures.as(coordinator, () -> {
            plans.move(plan.id(), assembled.get(2).id(), 1);
            plans.remove(plan.id(), assembled.get(1).id());
            return null;
        });
        assertThat(fixtures.as(coordinator, () -> plans.plan(plan.slug())).commitments())
                .extracting(CommitmentLine::number, CommitmentLine::title)
                .containsExactly(tuple(1, "Beteiligungsportal"), tuple(2, "Offene Haushaltsdaten"));

        // The final draft changes after it was taken in: the plan publishes it as it stands then.
        fixtures.as(
                admin,
                () -> drafts.save(
                        first.draftId(),
                        drafts.get(first.draftId()).version(),
                        content("Offene Haushaltsdaten (Endfassung)", 3)));
        fixtures.as(coordinator, () -> {
            plans.publish(plan.id());
            return null;
        });

        PlanDetails published = plans.plan(plan.slug());
        assertThat(published.plan().isPublished()).as("public for everybody").isTrue();
        assertThat(published.commitments().get(1).title()).isEqualTo("Offene Haushaltsdaten (Endfassung)");
        assertThat(published.commitments().get(1).milestones()).hasSize(3);
        assertThat(published.commitments().get(1).milestones())
                .allMatch(milestone -> milestone.level() == CompletionLevel.NOT_STARTED);
        CommitmentDetails page = implementation.commitment(plan.slug(), 2);
        assertThat(page.adopted().title()).isEqualTo("Offene Haushaltsdaten (Endfassung)");
        assertThat(page.draftVersion()).isEqualTo(2);
        assertThat(page.proposals()).containsKey(first.proposalId());

        for (Runnable refused : List.<Runnable>of(
                () -> plans.adopt(plan.id(), second.draftId()),
                () -> plans.move(plan.id(), published.commitments().get(0).id(), 2),
                () -> plans.remove(plan.id(), published.commitments().get(0).id()),
                () -> plans.revise(plan.id(), texts()),
                () -> plans.publish(plan.id()))) {
            assertThatThrownBy(() -> fixtures.as(coordinator, () -> {
                        refused.run();
                        return null;
                    }))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.published"));
        }
        assertThat(plans.plans()).extracting(PlanSummary::slug).contains(plan.slug());
    }

    @Test
    void anEmptyPlanIsNotPublishedAndOnlyItsCoordinatorsPublish() {
        PlanSummary plan = newPlan();
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> {
                    plans.publish(plan.id());
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.noCommitments"));
        FinalDraft draft = finalDraft("Open Contracting", 1);
        fixtures.as(coordinator, () -> plans.adopt(plan.id(), draft.draftId()));
        fixtures.as(admin, () -> {
            plans.addCoordinator(plan.id(), otherCoordinator.id());
            plans.removeCoordinator(plan.id(), otherCoordinator.id());
            return null;
        });
        assertThatThrownBy(() -> fixtures.as(otherCoordinator, () -> {
                    plans.publish(plan.id());
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(coordinator, () -> plans.plan(plan.slug()))
                        .plan()
                        .isPublished())
                .isFalse();
    }

    @Test
    void theResponsiblePersonReportsEveryReportIsKeptAndTheLevelFollowsTheMilestones() {
        Published published = publishedPlan(2);
        long commitmentId = published.commitment().id();
        List<MilestoneLine> milestones = published.commitment().milestones();
        assertThatThrownBy(() -> fixtures.as(responsible, () -> {
                    implementation.report(milestones.get(0).id(), report(CompletionLevel.LIMITED));
                    return null;
                }))
                .as("not yet named")
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixtures.as(responsible, () -> {
                    implementation.addResponsible(commitmentId, responsible.id());
                    return null;
                }))
                .as("only coordinators name the responsible persons")
                .isInstanceOf(NotPermittedException.class);
        fixtures.as(coordinator, () -> {
            implementation.addResponsible(commitmentId, responsible.id());
            return null;
        });

        fixtures.as(responsible, () -> {
            implementation.report(
                    milestones.get(0).id(),
                    new ProgressReport(
                            CompletionLevel.COMPLETED,
                            TODAY,
                            "Das Portal ist **online**.",
                            "https://daten.example/portal\nhttps://daten.example/bericht.pdf"));
            return null;
        });
        CommitmentDetails afterFirst = implementation.commitment(published.slug(), 1);
        assertThat(afterFirst.commitment().level())
                .as("one of two milestones completed: mean 1.5")
                .isEqualTo(CompletionLevel.SUBSTANTIAL);
        assertThat(afterFirst.history()).singleElement().satisfies(report -> {
            assertThat(report.milestoneNumber()).isEqualTo(1);
            assertThat(report.authorName()).isEqualTo("Referat Open Data");
            assertThat(report.previousLevel()).isEqualTo(CompletionLevel.NOT_STARTED);
            assertThat(report.level()).isEqualTo(CompletionLevel.COMPLETED);
            assertThat(report.evidenceLinks())
                    .containsExactly("https://daten.example/portal", "https://daten.example/bericht.pdf");
        });

        // The coordinator corrects it: a new report, the first one stays.
        fixtures.as(coordinator, () -> {
            implementation.report(milestones.get(0).id(), report(CompletionLevel.SUBSTANTIAL));
            return null;
        });
        CommitmentDetails corrected = implementation.commitment(published.slug(), 1);
        assertThat(corrected.history()).hasSize(2);
        assertThat(corrected.history().getFirst().previousLevel()).isEqualTo(CompletionLevel.COMPLETED);
        assertThat(corrected.commitment().level()).isEqualTo(CompletionLevel.LIMITED);

        assertThatThrownBy(() -> fixtures.as(citizen, () -> {
                    implementation.report(milestones.get(1).id(), report(CompletionLevel.COMPLETED));
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixtures.as(responsible, () -> {
                    implementation.report(
                            milestones.get(1).id(),
                            new ProgressReport(CompletionLevel.COMPLETED, TODAY.plusDays(1), "", ""));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.futureDate"));
        assertThatThrownBy(() -> fixtures.as(responsible, () -> {
                    implementation.report(
                            milestones.get(1).id(),
                            new ProgressReport(CompletionLevel.COMPLETED, TODAY, "Fertig", "javascript:alert(1)"));
                    return null;
                }))
                .isInstanceOf(DomainException.class);
        String longestNote = "ß".repeat(ActionPlanLimits.NOTE_MAX);
        fixtures.as(responsible, () -> {
            implementation.report(
                    milestones.get(1).id(), new ProgressReport(CompletionLevel.LIMITED, TODAY, longestNote, ""));
            return null;
        });
        assertThatThrownBy(() -> fixtures.as(responsible, () -> {
                    implementation.report(
                            milestones.get(1).id(),
                            new ProgressReport(CompletionLevel.COMPLETED, TODAY, longestNote + "ß", ""));
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.noteTooLong"));
        CommitmentDetails afterRefusals = implementation.commitment(published.slug(), 1);
        assertThat(afterRefusals.history())
                .as("refused reports leave nothing behind")
                .hasSize(3);
        assertThat(afterRefusals.commitment().milestones().get(1).level()).isEqualTo(CompletionLevel.LIMITED);
    }

    @Test
    void anExplicitLevelNeedsAReasonAndHoldsUntilItIsGivenUp() {
        Published published = publishedPlan(1);
        long commitmentId = published.commitment().id();
        long milestone = published.commitment().milestones().getFirst().id();
        assertThatThrownBy(() -> fixtures.as(coordinator, () -> {
                    implementation.setLevel(commitmentId, CompletionLevel.WITHDRAWN, "  ");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("plan.error.reasonRequired"));
        fixtures.as(coordinator, () -> {
            implementation.setLevel(commitmentId, CompletionLevel.WITHDRAWN, "Das Gesetz wurde gestoppt.");
            implementation.report(milestone, report(CompletionLevel.COMPLETED));
            return null;
        });
        CommitmentDetails explicit = implementation.commitment(published.slug(), 1);
        assertThat(explicit.commitment().level()).isEqualTo(CompletionLevel.WITHDRAWN);
        assertThat(explicit.levelReason()).isEqualTo("Das Gesetz wurde gestoppt.");

        fixtures.as(coordinator, () -> {
            implementation.followMilestones(commitmentId, "Doch umgesetzt.");
            return null;
        });
        CommitmentDetails following = implementation.commitment(published.slug(), 1);
        assertThat(following.commitment().level()).isEqualTo(CompletionLevel.COMPLETED);
        assertThat(following.levelReason()).isNull();
        assertThat(following.history())
                .extracting(ReportLine::milestoneNumber, ReportLine::level)
                .containsExactly(
                        tuple(null, null), tuple(1, CompletionLevel.COMPLETED), tuple(null, CompletionLevel.WITHDRAWN));
    }

    @Test
    void theAuthorAndTheFollowersHearOfANewLevelAndTheProposalNamesTheCommitment() {
        Published published = publishedPlan(2);
        long commitmentId = published.commitment().id();
        UserAccount follower = fixtures.citizen();
        fixtures.as(follower, () -> {
            implementation.follow(commitmentId);
            implementation.follow(commitmentId);
            return null;
        });
        assertThat(fixtures.as(follower, () -> implementation.commitment(published.slug(), 1))
                        .following())
                .isTrue();
        fixtures.as(coordinator, () -> {
            implementation.report(published.commitment().milestones().get(0).id(), report(CompletionLevel.LIMITED));
            return null;
        });

        MimeMessage toAuthor = mail.awaitMailTo(author.email());
        assertThat(TestMailServer.subject(toAuthor))
                .isEqualTo("Verpflichtung 1 „Offene Verwaltungsdaten 2“: Umsetzung begrenzt");
        assertThat(TestMailServer.firstLink(toAuthor))
                .isEqualTo("https://kokreation.test/aktionsplaene/" + published.slug() + "/verpflichtungen/1");
        assertThat(mail.awaitMailTo(follower.email())).isNotNull();
        assertThat(mail.mailsTo(coordinator.email()))
                .as("nobody hears of their own report")
                .isEmpty();

        // The level stays limited: nobody is told again.
        fixtures.as(coordinator, () -> {
            implementation.report(published.commitment().milestones().get(0).id(), report(CompletionLevel.LIMITED));
            return null;
        });
        assertThat(mail.mailsToAfterQuietPeriod(author.email())).hasSize(1);

        assertThat(implementationLinks.implementationsOf(published.proposalId()))
                .singleElement()
                .isEqualTo(new ImplementationRef(
                        "/aktionsplaene/" + published.slug() + "/verpflichtungen/1",
                        "2. Nationaler Aktionsplan",
                        1,
                        "Offene Verwaltungsdaten 2",
                        "plan.level.LIMITED"));

        fixtures.as(follower, () -> {
            implementation.unfollow(commitmentId);
            return null;
        });
        assertThat(fixtures.as(follower, () -> implementation.commitment(published.slug(), 1))
                        .following())
                .isFalse();
    }

    @Test
    void aDeletedAccountNoLongerAnswersForACommitmentButItsReportsStay() {
        Published published = publishedPlan(1);
        long commitmentId = published.commitment().id();
        fixtures.as(coordinator, () -> {
            implementation.addResponsible(commitmentId, responsible.id());
            return null;
        });
        fixtures.as(responsible, () -> {
            implementation.report(published.commitment().milestones().getFirst().id(), report(CompletionLevel.LIMITED));
            implementation.follow(commitmentId);
            return null;
        });
        PlanPersonalData.MyPlanActivity mine = fixtures.as(responsible, () -> planPersonalData.mine());
        assertThat(mine.reports())
                .singleElement()
                .satisfies(report -> assertThat(report.milestone()).isEqualTo(1));
        assertThat(mine.commitments())
                .extracting(PlanPersonalData.Role::role)
                .containsExactlyInAnyOrder("responsible", "follower");
        assertThat(fixtures.as(coordinator, () -> planPersonalData.mine()).coordinatedPlans())
                .contains("2. Nationaler Aktionsplan");
        fixtures.as(responsible, () -> {
            profiles.deleteMyAccount(Fixtures.PASSWORD);
            return null;
        });
        CommitmentDetails page = implementation.commitment(published.slug(), 1);
        assertThat(page.responsible()).isEmpty();
        assertThat(page.history())
                .singleElement()
                .satisfies(report -> assertThat(report.authorName()).isEmpty());
        assertThat(jdbc.queryForObject(
                        "select count(*) from commitment_follower where account_id = ?",
                        Integer.class,
                        responsible.id()))
                .isZero();
    }

    private record Published(String slug, CommitmentLine commitment, long proposalId) {}

    private Published publishedPlan(int milestones) {
        FinalDraft draft = finalDraft("Offene Verwaltungsdaten " + milestones, milestones);
        PlanSummary plan = planFixtures.published(coordinator, draft);
        return new Published(plan.slug(), plans.plan(plan.slug()).commitments().getFirst(), draft.proposalId());
    }

    private PlanSummary newPlan() {
        return planFixtures.plan(coordinator);
    }

    private FinalDraft finalDraft(String title, int milestones) {
        return planFixtures.finalDraft(author, title, milestones);
    }

    private static DraftContent content(String title, int milestones) {
        return PlanFixtures.content(title, milestones);
    }

    private static PlanTexts texts() {
        return PlanFixtures.texts();
    }

    private static ProgressReport report(CompletionLevel level) {
        return new ProgressReport(level, TODAY, "Stand der Arbeit.", "");
    }
}
