package de.kokreation.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.AccountService;
import de.kokreation.account.AccountStatus;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.consultation.Timeline;
import de.kokreation.moderation.AuditLog;
import de.kokreation.moderation.ContentModerated;
import de.kokreation.moderation.ContentModeration;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.ResponseService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.shell.Formats;
import de.kokreation.voting.VoteDirection;
import de.kokreation.voting.VoteTally;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Draft commitments end to end through the services: who may do what to which draft, versions
 * and edit conflicts, the status flow with its public visibility, links from proposals and
 * responses, and blocking an author.
 */
@IntegrationTest
@Tag("database")
class DraftingTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    DraftService drafts;

    @Autowired
    DraftLinking linking;

    @Autowired
    DraftParticipation participation;

    @Autowired
    ResponseService responses;

    @Autowired
    ContentModeration moderation;

    @Autowired
    ConsultationAdministration administration;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AccountService accounts;

    private ConsultationDetails nrw;
    private ConsultationDetails bw;
    private ThemeGroupSummary openData;
    private ThemeGroupSummary transparency;
    private UserAccount leadOfOpenData;
    private UserAccount secondLeadOfOpenData;
    private UserAccount leadOfTransparency;
    private UserAccount coordinatorOfNrw;
    private UserAccount coordinatorOfBw;
    private UserAccount admin;
    private UserAccount citizen;

    @BeforeEach
    void setUp() {
        nrw = fixtures.collectingConsultation();
        bw = fixtures.collectingConsultation();
        openData = nrw.themeGroups().get(0);
        transparency = nrw.themeGroups().get(1);
        leadOfOpenData = fixtures.account("Lea Offene Daten", EnumSet.of(Role.CITIZEN, Role.LEAD));
        secondLeadOfOpenData = fixtures.account("Lars Offene Daten", EnumSet.of(Role.CITIZEN, Role.LEAD));
        leadOfTransparency = fixtures.account("Leitung Transparenz", EnumSet.of(Role.CITIZEN, Role.LEAD));
        coordinatorOfNrw = fixtures.account("Koordination NRW", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        coordinatorOfBw = fixtures.account("Koordination BW", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        citizen = fixtures.citizen();
        assignRoles(nrw, bw);
    }

    private void assignRoles(ConsultationDetails first, ConsultationDetails second) {
        fixtures.as(admin, () -> {
            administration.assignCoordinator(first.consultation().id(), coordinatorOfNrw.id());
            administration.assignCoordinator(second.consultation().id(), coordinatorOfBw.id());
            administration.assignLead(first.themeGroups().get(0).id(), leadOfOpenData.id());
            administration.assignLead(first.themeGroups().get(0).id(), secondLeadOfOpenData.id());
            administration.assignLead(first.themeGroups().get(1).id(), leadOfTransparency.id());
            return null;
        });
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    /**
     * Each action, for each kind of caller: the group's lead, the consultation's coordinator and
     * admins write; the lead of another group, the coordinator of another consultation and
     * citizens are refused. Only coordinators and admins set a draft final.
     */
    @Test
    void onlyTheGroupsModeratorsWriteAndOnlyCoordinatorsSetFinal() {
        Map<String, LongConsumer> moderatorActions = new LinkedHashMap<>();
        moderatorActions.put("create", ignored -> drafts.create(openData.id(), complete("Neuer Entwurf")));
        moderatorActions.put("save", id -> drafts.save(id, 1, complete("Geänderter Entwurf")));
        moderatorActions.put("publish", drafts::publish);
        moderatorActions.put("withdraw", id -> drafts.withdraw(id, "In einen anderen Entwurf aufgegangen"));
        moderatorActions.put(
                "link",
                id -> linking.link(id, List.of(fixtures.proposal(openData, citizen, "Eine Idee für offene Daten"))));
        check(
                moderatorActions,
                List.of(leadOfOpenData, coordinatorOfNrw, admin),
                List.of(leadOfTransparency, coordinatorOfBw, citizen));

        Map<String, LongConsumer> coordinatorActions = Map.of("make final", id -> {
            fixtures.as(admin, () -> {
                drafts.publish(id);
                return null;
            });
            drafts.makeFinal(id);
        });
        check(
                coordinatorActions,
                List.of(coordinatorOfNrw, admin),
                List.of(leadOfOpenData, leadOfTransparency, coordinatorOfBw, citizen));
    }

    private void check(Map<String, LongConsumer> actions, List<UserAccount> allowed, List<UserAccount> refused) {
        actions.forEach((name, action) -> {
            for (UserAccount caller : allowed) {
                long draft = draftAsAdmin("Entwurf für " + name);
                assertThatCode(() -> fixtures.as(caller, () -> {
                            action.accept(draft);
                            return null;
                        }))
                        .as(caller.displayName() + ": " + name)
                        .doesNotThrowAnyException();
            }
            for (UserAccount caller : refused) {
                long draft = draftAsAdmin("Entwurf für " + name);
                assertThatThrownBy(() -> fixtures.as(caller, () -> {
                            action.accept(draft);
                            return null;
                        }))
                        .as(caller.displayName() + ": " + name)
                        .isInstanceOfAny(NotPermittedException.class, AccessDeniedException.class);
            }
            long draft = draftAsAdmin("Anonym " + name);
            assertThatThrownBy(() -> action.accept(draft))
                    .as("anonymous: " + name)
                    .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, NotPermittedException.class);
        });
    }

    @Test
    void everySaveIsAVersionAndASaveOnAnOutdatedVersionIsRefusedWithoutLosingEither() {
        long draft = fixtures.as(leadOfOpenData, () -> drafts.create(openData.id(), complete("Offene Haushaltsdaten")));
        DraftContent theirs = withProblem(complete("Offene Haushaltsdaten"), "Haushaltsdaten liegen nur gescannt vor.");
        DraftContent mine = withProblem(complete("Offene Haushaltsdaten"), "Haushaltsdaten fehlen ganz.");

        assertThat(fixtures.as(leadOfOpenData, () -> drafts.save(draft, 1, theirs)))
                .isEqualTo(2);
        assertThatThrownBy(() -> fixtures.as(secondLeadOfOpenData, () -> drafts.save(draft, 1, mine)))
                .isInstanceOfSatisfying(
                        DraftEditConflict.class,
                        conflict -> assertThat(conflict.currentVersion()).isEqualTo(2));

        assertThat(fixtures.as(leadOfOpenData, () -> drafts.versionContent(draft, 2))
                        .problem())
                .isEqualTo("Haushaltsdaten liegen nur gescannt vor.");
        assertThat(fixtures.as(leadOfOpenData, () -> drafts.versions(draft)))
                .extracting(VersionInfo::number, VersionInfo::authorName)
                .containsExactly(Tuple.tuple(2, "Lea Offene Daten"), Tuple.tuple(1, "Lea Offene Daten"));
        // Having merged by hand, the second lead saves on top of the version they were shown.
        assertThat(fixtures.as(secondLeadOfOpenData, () -> drafts.save(draft, 2, mine)))
                .isEqualTo(3);

        List<DraftDiffer.FieldChange> changes =
                fixtures.as(leadOfOpenData, () -> drafts.compare(draft, 2, 3, Locale.GERMAN));
        assertThat(changes)
                .filteredOn(DraftDiffer.FieldChange::changed)
                .extracting(DraftDiffer.FieldChange::fieldKey)
                .containsExactly("draft.field.problem");
        assertThat(changes.stream()
                        .filter(DraftDiffer.FieldChange::changed)
                        .findFirst()
                        .orElseThrow()
                        .html())
                .contains("<del>")
                .contains("<ins>");
    }

    @Test
    void theFirstSaveOfANewDraftIsVersionOneAndTheComparisonReadsLikeText() {
        long draft =
                fixtures.as(leadOfOpenData, () -> drafts.create(openData.id(), DraftContent.titled("Neuer Entwurf")));
        assertThat(fixtures.as(leadOfOpenData, () -> drafts.versions(draft))).isEmpty();
        assertThat(fixtures.as(
                        leadOfOpenData,
                        () -> drafts.save(
                                draft,
                                0,
                                withProblem(complete("Neuer Entwurf"), "Daten liegen **nur gescannt** vor."))))
                .isOne();
        // the other lead, still on the new draft's title, cannot save over that first version unseen
        assertThatThrownBy(() -> fixtures.as(
                        secondLeadOfOpenData,
                        () -> drafts.save(draft, 0, withProblem(complete("Neuer Entwurf"), "Anderer Text"))))
                .isInstanceOfSatisfying(
                        DraftEditConflict.class,
                        conflict -> assertThat(conflict.currentVersion()).isOne());
        assertThat(fixtures.as(leadOfOpenData, () -> drafts.versions(draft)))
                .extracting(VersionInfo::number)
                .containsExactly(1);
        assertThat(fixtures.as(leadOfOpenData, () -> drafts.versionContent(draft, 1))
                        .problem())
                .isEqualTo("Daten liegen **nur gescannt** vor.");
        assertThat(fixtures.as(
                        secondLeadOfOpenData,
                        () -> drafts.save(
                                draft,
                                1,
                                withProblem(
                                        complete("Neuer Entwurf"),
                                        "Daten liegen **nur als PDF** vor.\n\n- Haushalt\n- Verträge"))))
                .isEqualTo(2);

        String problem = fixtures.as(leadOfOpenData, () -> drafts.compare(draft, 1, 2, Locale.GERMAN)).stream()
                .filter(change -> change.fieldKey().equals("draft.field.problem"))
                .findFirst()
                .orElseThrow()
                .html();
        assertThat(problem).doesNotContain("**").contains("<del>gescannt</del>").contains("• Haushalt");
    }

    @Test
    void twoSimultaneousSavesOnTheSameVersionLeaveOneVersionAndOneConflict() throws Exception {
        long draft = fixtures.as(leadOfOpenData, () -> drafts.create(openData.id(), complete("Gleichzeitig")));
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (UserAccount lead : List.of(leadOfOpenData, secondLeadOfOpenData)) {
                outcomes.add(pool.submit(() -> {
                    fixtures.loginAs(lead);
                    start.await();
                    try {
                        return "saved "
                                + drafts.save(
                                        draft,
                                        1,
                                        withProblem(complete("Gleichzeitig"), "Text von " + lead.displayName()));
                    } catch (DraftEditConflict conflict) {
                        return "conflict";
                    } finally {
                        fixtures.logout();
                    }
                }));
            }
        }
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        Collections.sort(results);
        assertThat(results).containsExactly("conflict", "saved 2");
        assertThat(fixtures.as(leadOfOpenData, () -> drafts.versions(draft))).hasSize(2);
    }

    @Test
    void publishedDraftsArePublicInTheCommentingPhaseWhereCitizensVoteAndComment() {
        LocalDate today = LocalDate.now(Formats.ZONE);
        ConsultationDetails commenting = fixtures.consultation(new Timeline(
                today.minusDays(40), today.minusDays(30), today.minusDays(20), today.minusDays(5), today.plusDays(20)));
        assignRoles(commenting, bw);
        ThemeGroupSummary group = commenting.themeGroups().getFirst();
        long draft = fixtures.as(leadOfOpenData, () -> drafts.create(group.id(), DraftContent.titled("Noch unfertig")));

        assertThatThrownBy(() -> fixtures.as(citizen, () -> drafts.get(draft))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(citizen, () -> participation.vote(draft, VoteDirection.FOR)))
                .as("an unpublished draft takes no votes and is not revealed")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(leadOfOpenData, () -> {
                    drafts.publish(draft);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("draft.error.incomplete"));
        fixtures.as(leadOfOpenData, () -> {
            drafts.save(draft, drafts.get(draft).version(), complete("Jetzt vollständig"));
            drafts.publish(draft);
            return null;
        });

        assertThat(drafts.get(draft).mayParticipate()).as("anonymous reads it").isTrue();
        VoteTally tally = fixtures.as(citizen, () -> {
            participation.vote(draft, VoteDirection.FOR);
            return participation.vote(draft, VoteDirection.AGAINST);
        });
        assertThat(tally).isEqualTo(new VoteTally(0, 1, VoteDirection.AGAINST));
        assertThat(fixtures.as(citizen, () -> drafts.get(draft).myVote())).isEqualTo(VoteDirection.AGAINST);
        assertThat(fixtures.as(citizen, () -> participation.vote(draft, null))).isEqualTo(new VoteTally(0, 0, null));
        fixtures.as(citizen, () -> participation.vote(draft, VoteDirection.AGAINST));
        fixtures.as(citizen, () -> {
            participation.comment(draft, "Bitte mit Zwischenberichten.");
            return null;
        });
        long commentId = participation.comments(draft).getFirst().id();
        fixtures.as(leadOfOpenData, () -> {
            participation.hideComment(commentId, "Werbung");
            return null;
        });
        assertThat(participation.comments(draft).getFirst().body()).isNull();
        assertThat(participation.comments(draft).getFirst().hiddenReason()).isEqualTo("Werbung");
        assertThat(fixtures.as(
                        coordinatorOfNrw,
                        () -> auditLog.entries(commenting.consultation().id(), null, 0, 50)))
                .extracting(AuditLog.Entry::action)
                .contains(ContentModerated.Action.PUBLISH_DRAFT, ContentModerated.Action.HIDE);

        fixtures.as(coordinatorOfNrw, () -> {
            drafts.makeFinal(draft);
            return null;
        });
        assertThat(drafts.get(draft).status()).isEqualTo(DraftStatus.FINAL);
        assertThatThrownBy(() -> fixtures.as(citizen, () -> participation.vote(draft, VoteDirection.FOR)))
                .isInstanceOf(DomainException.class);
        assertThat(drafts.get(draft).votesAgainst()).isEqualTo(1);
    }

    @Test
    void duringTheCollectionPublishedDraftsAreNotYetPublicAndClosedConsultationsTakeNoNewDrafts() {
        long draft = draftAsAdmin("Schon veröffentlicht");
        fixtures.as(leadOfOpenData, () -> {
            drafts.publish(draft);
            return null;
        });
        assertThatThrownBy(() -> drafts.get(draft)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(citizen, () -> participation.vote(draft, VoteDirection.FOR)))
                .as("a vote does not reveal a draft the public does not see yet")
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(leadOfOpenData, () -> drafts.get(draft)).status())
                .isEqualTo(DraftStatus.PUBLISHED);

        ThemeGroupSummary closedGroup =
                fixtures.closedConsultation().themeGroups().getFirst();
        assertThatThrownBy(() -> fixtures.as(admin, () -> drafts.create(closedGroup.id(), complete("Zu spät"))))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("draft.error.phase"));
    }

    @Test
    void aResponseNamesTheDraftsTheProposalWentIntoAndLinksStayInTheConsultation() {
        long proposal = fixtures.proposal(openData, citizen, "Haushaltsdaten als CSV");
        long draft = draftAsAdmin("Offene Haushaltsdaten");
        long otherGroupsDraft = fixtures.as(admin, () -> drafts.create(transparency.id(), complete("Transparenz")));

        fixtures.as(leadOfOpenData, () -> {
            responses.respond(
                    proposal, ResponseOutcome.PARTLY_ADOPTED, "Der Kern geht in den Entwurf ein.", List.of(draft));
            return null;
        });
        assertThat(fixtures.as(leadOfOpenData, () -> linking.commitmentsOf(proposal, true)))
                .extracting(ref -> ref.id())
                .containsExactly(draft);
        assertThat(linking.commitmentsOf(proposal, false))
                .as("not public during the collection")
                .isEmpty();
        assertThat(fixtures.as(leadOfTransparency, () -> linking.commitmentsOf(proposal, true)))
                .as("another group's lead does not see the unpublished draft")
                .isEmpty();
        assertThat(fixtures.as(leadOfOpenData, () -> linking.linkedProposals(draft)))
                .singleElement()
                .satisfies(standing -> {
                    assertThat(standing.id()).isEqualTo(proposal);
                    assertThat(standing.outcome()).isEqualTo(ResponseOutcome.PARTLY_ADOPTED);
                });
        assertThat(fixtures.as(leadOfOpenData, () -> linking.linkableCommitments(proposal)))
                .extracting(ref -> ref.id())
                .contains(draft)
                .doesNotContain(otherGroupsDraft);

        assertThatThrownBy(() -> fixtures.as(leadOfOpenData, () -> linking.link(otherGroupsDraft, List.of(proposal))))
                .isInstanceOf(NotPermittedException.class);
        long elsewhere = fixtures.proposal(bw.themeGroups().getFirst(), citizen, "Anderswo");
        assertThatThrownBy(() -> fixtures.as(admin, () -> linking.link(draft, List.of(elsewhere))))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("draft.error.otherConsultation"));

        // A response without the draft removes the link, but only to drafts the lead moderates.
        fixtures.as(coordinatorOfNrw, () -> linking.link(otherGroupsDraft, List.of(proposal)));
        fixtures.as(leadOfOpenData, () -> {
            responses.respond(proposal, ResponseOutcome.NOT_ADOPTED, "Doch nicht.", List.of());
            return null;
        });
        assertThat(fixtures.as(admin, () -> linking.commitmentsOf(proposal, true)))
                .extracting(ref -> ref.id())
                .containsExactly(otherGroupsDraft);
    }

    @Test
    void coordinatorsBlockAuthorsInTheirConsultationOnly() {
        UserAccount spammer = fixtures.citizen();
        long proposal = fixtures.proposal(openData, spammer, "Billige Uhren kaufen");

        assertThatThrownBy(() -> fixtures.as(coordinatorOfBw, () -> {
                    moderation.blockAuthor(ContentModerated.TargetType.PROPOSAL, proposal, "Werbung");
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixtures.as(leadOfOpenData, () -> {
                    moderation.blockAuthor(ContentModerated.TargetType.PROPOSAL, proposal, "Werbung");
                    return null;
                }))
                .isInstanceOfAny(NotPermittedException.class, AccessDeniedException.class);
        assertThat(accounts.findByEmail(spammer.email()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);

        fixtures.as(coordinatorOfNrw, () -> {
            moderation.blockAuthor(ContentModerated.TargetType.PROPOSAL, proposal, "Werbung");
            return null;
        });
        assertThat(accounts.findByEmail(spammer.email()).orElseThrow().status()).isEqualTo(AccountStatus.BLOCKED);
        assertThat(fixtures.as(
                        coordinatorOfNrw,
                        () -> auditLog.entries(nrw.consultation().id(), ContentModerated.Action.BLOCK_AUTHOR, 0, 10)))
                .singleElement()
                .satisfies(entry -> assertThat(entry.targetId()).isEqualTo(spammer.id()));

        long leadsProposal = fixtures.proposal(openData, leadOfTransparency, "Von einer Leitung");
        assertThatThrownBy(() -> fixtures.as(coordinatorOfNrw, () -> {
                    moderation.blockAuthor(ContentModerated.TargetType.PROPOSAL, leadsProposal, "Versehen");
                    return null;
                }))
                .isInstanceOf(NotPermittedException.class);
    }

    private long draftAsAdmin(String title) {
        return fixtures.as(admin, () -> drafts.create(openData.id(), complete(title)));
    }

    static DraftContent complete(String title) {
        return new DraftContent(
                title,
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 12, 31),
                "Bundesministerium der Finanzen",
                "Haushaltsdaten liegen nur als PDF vor.",
                "Wir veröffentlichen sie maschinenlesbar.",
                "Sie werden auswertbar.",
                "Transparenz.",
                "",
                "Eva Beispiel",
                "Referatsleitung",
                "eva@bund.example",
                "",
                "",
                "",
                List.of(new Milestone("Portal online", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30))));
    }

    private static DraftContent withProblem(DraftContent content, String problem) {
        return DraftDifferTest.with(content, problem, content.milestones());
    }
}
