package de.kokreation.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.CommentService;
import de.kokreation.proposal.OutcomeFilter;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalQuery;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ProposalSort;
import de.kokreation.proposal.VoteService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotPermittedException;
import de.kokreation.voting.VoteDirection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
@Tag("database")
class ModerationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ContentModeration moderation;

    @Autowired
    FlagService flags;

    @Autowired
    ModerationQueue queue;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    VoteService votes;

    @Autowired
    ConsultationAdministration administration;

    private ConsultationDetails nrw;
    private ConsultationDetails bw;
    private ThemeGroupSummary openData;
    private ThemeGroupSummary transparency;
    private UserAccount leadOfOpenData;
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
        leadOfOpenData = fixtures.account("Leitung Offene Daten", EnumSet.of(Role.CITIZEN, Role.LEAD));
        leadOfTransparency = fixtures.account("Leitung Transparenz", EnumSet.of(Role.CITIZEN, Role.LEAD));
        coordinatorOfNrw = fixtures.account("Koordination NRW", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        coordinatorOfBw = fixtures.account("Koordination BW", EnumSet.of(Role.CITIZEN, Role.COORDINATOR));
        admin = fixtures.account("Admin", EnumSet.of(Role.CITIZEN, Role.ADMIN));
        citizen = fixtures.citizen();
        fixtures.as(admin, () -> {
            administration.assignCoordinator(nrw.consultation().id(), coordinatorOfNrw.id());
            administration.assignCoordinator(bw.consultation().id(), coordinatorOfBw.id());
            administration.assignLead(openData.id(), leadOfOpenData.id());
            administration.assignLead(transparency.id(), leadOfTransparency.id());
            return null;
        });
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    /** Each action, for each kind of caller: the group's lead, its coordinators and admins only. */
    @Test
    void onlyTheGroupsModeratorsModerate() {
        Map<String, LongConsumer> actions = new LinkedHashMap<>();
        actions.put("hide", id -> moderation.hideProposal(id, "Werbung"));
        actions.put("restore", moderation::restoreProposal);
        actions.put("mark reviewed", moderation::markReviewed);
        actions.put("move", id -> moderation.moveProposal(id, openData.id()));
        actions.put("dismiss flags", id -> flags.dismissFlags(ContentModerated.TargetType.PROPOSAL, id));

        actions.forEach((name, action) -> {
            for (UserAccount allowed : new UserAccount[] {leadOfOpenData, coordinatorOfNrw, admin}) {
                long proposal = fixtures.proposal(openData, citizen, "Vorschlag für " + name);
                assertThatCode(() -> fixtures.as(allowed, () -> {
                            action.accept(proposal);
                            return null;
                        }))
                        .as(allowed.displayName() + ": " + name)
                        .doesNotThrowAnyException();
            }
            for (UserAccount refused : new UserAccount[] {leadOfTransparency, coordinatorOfBw, citizen}) {
                long proposal = fixtures.proposal(openData, citizen, "Vorschlag für " + name);
                assertThatThrownBy(() -> fixtures.as(refused, () -> {
                            action.accept(proposal);
                            return null;
                        }))
                        .as(refused.displayName() + ": " + name)
                        .isInstanceOf(NotPermittedException.class);
            }
            long proposal = fixtures.proposal(openData, citizen, "Anonym " + name);
            assertThatThrownBy(() -> action.accept(proposal))
                    .as("anonymous: " + name)
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        });
    }

    @Test
    void hiddenContentShowsItsReasonPubliclyAndTheLogKeepsWhoWhatWhenWhy() {
        long proposal = fixtures.proposal(openData, citizen, "Kaufen Sie billige Uhren");
        long comment = fixtures.as(citizen, () -> comments.post(proposal, null, "Noch mehr Werbung"));

        fixtures.as(leadOfOpenData, () -> {
            assertThatThrownBy(() -> moderation.hideProposal(proposal, "  ")).isInstanceOf(DomainException.class);
            moderation.hideProposal(proposal, "Werbung");
            moderation.hideComment(comment, "Werbung");
            return null;
        });

        assertThat(proposals.getProposal(proposal).hiddenReason()).isEqualTo("Werbung");
        // Hidden proposals leave the public lists, their counts and the title search; the page stays.
        long listed = proposals
                .listProposals(openData.id(), ProposalQuery.all(ProposalSort.NEWEST), 0, 50)
                .totalItems();
        assertThat(proposals
                        .listProposals(openData.id(), ProposalQuery.all(ProposalSort.NEWEST), 0, 50)
                        .items())
                .noneMatch(item -> item.id() == proposal);
        assertThat(proposals
                        .listProposals(openData.id(), new ProposalQuery("billige Uhren", ProposalSort.NEWEST), 0, 50)
                        .totalItems())
                .isZero();
        assertThat(proposals
                        .listProposals(
                                openData.id(),
                                new ProposalQuery("billige Uhren", ProposalSort.NEWEST, OutcomeFilter.UNANSWERED),
                                0,
                                50)
                        .totalItems())
                .isZero();
        // the hidden proposal's thread: closed for the public, readable for its moderators
        assertThat(comments.thread(proposal)).isEmpty();
        fixtures.as(leadOfOpenData, () -> {
            assertThat(comments.thread(proposal).getFirst().body()).isNull();
            assertThat(comments.thread(proposal).getFirst().hiddenReason()).isEqualTo("Werbung");
            return null;
        });

        var entries = fixtures.as(
                coordinatorOfNrw, () -> auditLog.entries(nrw.consultation().id(), ContentModerated.Action.HIDE, 0, 50));
        assertThat(entries)
                .filteredOn(entry ->
                        entry.targetId() == proposal && entry.targetType() == ContentModerated.TargetType.PROPOSAL)
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorName()).isEqualTo("Leitung Offene Daten");
                    assertThat(entry.reason()).isEqualTo("Werbung");
                });
        assertThatThrownBy(() -> fixtures.as(
                        coordinatorOfBw,
                        () -> auditLog.entries(nrw.consultation().id(), null, 0, 50)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixtures.as(
                        leadOfOpenData,
                        () -> auditLog.entries(nrw.consultation().id(), null, 0, 50)))
                .isInstanceOf(NotPermittedException.class);

        fixtures.as(leadOfOpenData, () -> {
            moderation.restoreProposal(proposal);
            return null;
        });
        assertThat(proposals
                        .listProposals(openData.id(), ProposalQuery.all(ProposalSort.NEWEST), 0, 50)
                        .totalItems())
                .isEqualTo(listed + 1);
        assertThat(proposals
                        .listProposals(openData.id(), new ProposalQuery("billige Uhren", ProposalSort.NEWEST), 0, 50)
                        .totalItems())
                .isOne();
    }

    @Test
    void flagsOncePerPersonAndTheQueueShowsNewAndFlaggedOldestFirst() {
        long first = fixtures.proposal(openData, citizen, "Erster neuer Vorschlag");
        long second = fixtures.proposal(openData, citizen, "Zweiter neuer Vorschlag");
        long elsewhere = fixtures.proposal(transparency, citizen, "Vorschlag einer anderen Gruppe");
        UserAccount flagger = fixtures.citizen();
        long comment = fixtures.as(citizen, () -> comments.post(first, null, "Unpassend"));

        fixtures.as(flagger, () -> {
            flags.flag(ContentModerated.TargetType.COMMENT, comment, FlagReason.OFFENSIVE, "");
            assertThatThrownBy(() -> flags.flag(ContentModerated.TargetType.COMMENT, comment, FlagReason.SPAM, ""))
                    .isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> flags.flag(ContentModerated.TargetType.PROPOSAL, second, FlagReason.OTHER, " "))
                    .isInstanceOf(DomainException.class);
            return null;
        });

        var items = fixtures.as(leadOfOpenData, () -> queue.items(0, 100));
        assertThat(items)
                .extracting(ModerationQueue.QueueItem::targetId)
                .contains(first, second, comment)
                .doesNotContain(elsewhere);
        assertThat(items)
                .filteredOn(item -> item.type() == ContentModerated.TargetType.COMMENT)
                .singleElement()
                .satisfies(item -> assertThat(item.flagReasons()).containsExactly(FlagReason.OFFENSIVE));

        fixtures.as(leadOfOpenData, () -> {
            flags.dismissFlags(ContentModerated.TargetType.COMMENT, comment);
            moderation.markReviewed(first);
            return null;
        });
        assertThat(fixtures.as(leadOfOpenData, () -> queue.items(0, 100)))
                .extracting(ModerationQueue.QueueItem::targetId)
                .contains(second)
                .doesNotContain(first, comment);
        assertThat(fixtures.as(citizen, () -> queue.items(0, 100))).isEmpty();
    }

    @Test
    void theQueueShowsFlaggedFirstWithTheirNotesAndFiltersByFlagNewnessAndGroup() {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        ThemeGroupSummary groupA = consultation.themeGroups().getFirst();
        ThemeGroupSummary groupB = consultation.themeGroups().get(1);
        UserAccount lead = fixtures.leadOf(groupA, "Leitung zweier Gruppen");
        fixtures.as(fixtures.account("Admin", EnumSet.of(Role.ADMIN)), () -> {
            administration.assignLead(groupB.id(), lead.id());
            return null;
        });
        long older = fixtures.proposal(groupA, citizen, "Älterer neuer Vorschlag");
        long flagged = fixtures.proposal(groupA, citizen, "Später gemeldeter Vorschlag");
        long inB = fixtures.proposal(groupB, citizen, "Vorschlag der zweiten Gruppe");
        fixtures.as(lead, () -> {
            moderation.markReviewed(flagged);
            return null;
        });
        fixtures.as(fixtures.citizen(), () -> {
            flags.flag(ContentModerated.TargetType.PROPOSAL, flagged, FlagReason.OTHER, "Enthält eine Telefonnummer");
            return null;
        });

        var all = fixtures.as(lead, () -> queue.items(ModerationQueue.Filter.ALL, 0, 50));
        assertThat(all).extracting(ModerationQueue.QueueItem::targetId).containsExactly(flagged, older, inB);
        assertThat(all.getFirst().flagNotes()).containsExactly("Enthält eine Telefonnummer");
        assertThat(all.get(1).excerpt()).isNotBlank();

        var flaggedOnly = new ModerationQueue.Filter(true, false, null);
        assertThat(fixtures.as(lead, () -> queue.items(flaggedOnly, 0, 50)))
                .extracting(ModerationQueue.QueueItem::targetId)
                .containsExactly(flagged);
        assertThat(fixtures.as(lead, () -> queue.count(flaggedOnly))).isOne();
        var newOnly = new ModerationQueue.Filter(false, true, null);
        assertThat(fixtures.as(lead, () -> queue.items(newOnly, 0, 50)))
                .extracting(ModerationQueue.QueueItem::targetId)
                .containsExactly(older, inB);
        var onlyB = new ModerationQueue.Filter(false, false, Set.of(groupB.id()));
        assertThat(fixtures.as(lead, () -> queue.items(onlyB, 0, 50)))
                .extracting(ModerationQueue.QueueItem::targetId)
                .containsExactly(inB);
        // a group the caller does not moderate stays out, even when asked for
        var foreign = new ModerationQueue.Filter(false, false, Set.of(openData.id()));
        assertThat(fixtures.as(lead, () -> queue.items(foreign, 0, 50))).isEmpty();
    }

    @Test
    void hiddenProposalsAreClosedForParticipationAndTheirTextStaysWithTheModerators() {
        long spam = fixtures.proposal(openData, citizen, "Geheimer Werbetitel");
        long original = fixtures.proposal(openData, citizen, "Verstecktes Original");
        long copy = fixtures.proposal(openData, citizen, "Sichtbare Kopie");
        long comment = fixtures.as(citizen, () -> comments.post(spam, null, "Ein Kommentar vor dem Ausblenden"));
        fixtures.as(leadOfOpenData, () -> {
            moderation.markDuplicate(copy, original);
            moderation.hideProposal(spam, "Werbung");
            moderation.hideProposal(original, "Werbung");
            return null;
        });
        UserAccount visitor = fixtures.citizen();

        fixtures.as(visitor, () -> {
            var hidden = proposals.getProposal(spam);
            assertThat(hidden.title()).isEmpty();
            assertThat(hidden.bodyHtml()).isEmpty();
            assertThat(hidden.bodySource()).isEmpty();
            assertThat(hidden.hiddenReason()).isEqualTo("Werbung");
            assertThat(proposals.getProposal(copy).duplicateOfTitle()).isNull();

            assertThatThrownBy(() -> votes.cast(spam, VoteDirection.FOR))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("proposal.error.hidden");
            assertThatThrownBy(() -> comments.post(spam, null, "Noch ein Kommentar"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("proposal.error.hidden");
            assertThatThrownBy(() -> comments.post(spam, comment, "Eine Antwort"))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("proposal.error.hidden");
            assertThatThrownBy(() -> flags.flag(ContentModerated.TargetType.PROPOSAL, spam, FlagReason.SPAM, ""))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("flag.error.hidden");
            assertThatThrownBy(() -> flags.flag(ContentModerated.TargetType.COMMENT, comment, FlagReason.SPAM, ""))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("flag.error.hidden");
            assertThat(comments.thread(spam)).isEmpty();
            return null;
        });
        assertThatThrownBy(() -> fixtures.as(citizen, () -> {
                    proposals.revise(
                            spam,
                            new ProposalDraft(
                                    "Neuer Werbetitel", "Ein ausführlicher Vorschlagstext mit genug Zeichen."));
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("proposal.error.hidden");
        assertThat(proposals.getProposal(spam).title()).as("anonymous").isEmpty();

        fixtures.as(leadOfOpenData, () -> {
            assertThat(proposals.getProposal(spam).title()).isEqualTo("Geheimer Werbetitel");
            assertThat(comments.thread(spam)).hasSize(1);
            assertThat(proposals.getProposal(copy).duplicateOfTitle()).isEqualTo("Verstecktes Original");
            return null;
        });
    }

    @Test
    void duplicatesLinkToTheOriginalAndMovesStayInTheConsultation() {
        long original = fixtures.proposal(openData, citizen, "Das Original");
        long copy = fixtures.proposal(openData, citizen, "Die Kopie");
        long otherConsultation = fixtures.proposal(bw.themeGroups().getFirst(), citizen, "Anderswo");

        fixtures.as(coordinatorOfNrw, () -> {
            moderation.markDuplicate(copy, original);
            assertThatThrownBy(() -> moderation.markDuplicate(copy, otherConsultation))
                    .isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> moderation.moveProposal(
                            copy, bw.themeGroups().getFirst().id()))
                    .isInstanceOf(DomainException.class);
            moderation.moveProposal(copy, transparency.id());
            return null;
        });

        var moved = proposals.getProposal(copy);
        assertThat(moved.duplicateOfId()).isEqualTo(original);
        assertThat(moved.duplicateOfTitle()).isEqualTo("Das Original");
        assertThat(moved.themeGroup().id()).isEqualTo(transparency.id());
    }
}
