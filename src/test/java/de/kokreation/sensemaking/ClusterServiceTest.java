package de.kokreation.sensemaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.DraftLinking;
import de.kokreation.jobs.BackgroundJobs;
import de.kokreation.jobs.JobKind;
import de.kokreation.jobs.JobRequest;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import de.kokreation.proposal.ProposalStanding;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.ResponseService;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A lead computes the clusters of a theme group in the background, confirms one (whole or in
 * part), names it, makes a draft with every proposal linked and answers them all in one step;
 * confirmed clusters survive the next computation, which suggests later proposals for them; only
 * the group's moderators may; on H2 and PostgreSQL.
 */
@IntegrationTest
@Tag("database")
class ClusterServiceTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    ClusterService clusters;

    @Autowired
    ResponseService responses;

    @Autowired
    DraftLinking links;

    @Autowired
    BackgroundJobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    ConsultationDetails consultation;
    ThemeGroupSummary group;
    UserAccount lead;
    UserAccount author;

    @BeforeEach
    void proposals() {
        consultation = fixtures.collectingConsultation();
        group = consultation.themeGroups().getFirst();
        lead = fixtures.leadOf(group, "Leitung Gruppen");
        author = fixtures.citizen();
        propose("Lobbyregister für den Landtag", "Alle Treffen von Lobbyisten mit Abgeordneten öffentlich eintragen.");
        propose("Lobbyregister einführen", "Ein öffentliches Register für Lobbyisten und ihre Treffen im Landtag.");
        propose("Register der Lobbyisten", "Wer trifft Abgeordnete? Ein Lobbyregister mit allen Treffen.");
        propose("Radwege ausbauen", "Mehr sichere Radwege an den Hauptstraßen der Stadt.");
        propose("Sichere Radwege", "Geschützte Radwege an allen Hauptstraßen, getrennt vom Autoverkehr.");
        propose("Haushaltsdaten offenlegen", "Der Haushalt der Stadt als offene Daten, jedes Jahr.");
    }

    @AfterEach
    void logout() {
        fixtures.logout();
    }

    private long propose(String title, String body) {
        return fixtures.as(author, () -> proposals.submit(group.id(), new ProposalDraft(title, body)));
    }

    private ClusterService.Overview computed() {
        fixtures.as(lead, () -> {
            clusters.compute(group.id());
            return null;
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ClusterService.Overview overview = fixtures.as(lead, () -> clusters.overview(group.id()));
        while (overview.status() != ClusterService.Status.DONE && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            overview = fixtures.as(lead, () -> clusters.overview(group.id()));
        }
        assertThat(overview.status()).isEqualTo(ClusterService.Status.DONE);
        return overview;
    }

    private static List<String> titles(ClusterService.Cluster cluster) {
        return cluster.members().stream().map(ClusterService.Member::title).toList();
    }

    @Test
    void similarProposalsAreClusteredWithTheirFigures() {
        ClusterService.Overview overview = computed();

        assertThat(overview.computed()).hasSize(2);
        assertThat(titles(overview.computed().get(0)))
                .containsExactlyInAnyOrder(
                        "Lobbyregister für den Landtag", "Lobbyregister einführen", "Register der Lobbyisten");
        assertThat(titles(overview.computed().get(1))).containsExactlyInAnyOrder("Radwege ausbauen", "Sichere Radwege");
        ClusterService.Cluster lobby = overview.computed().getFirst();
        assertThat(lobby.words()).isNotEmpty();
        assertThat(lobby.name()).containsIgnoringCase("Lobby");
        assertThat(lobby.support()).isZero();
        assertThat(lobby.answered()).isZero();
        assertThat(lobby.spansThemeGroups()).isFalse();
        // The same proposals, the same clusters.
        assertThat(computed().computed()).isEqualTo(overview.computed());
    }

    @Test
    void aConfirmedClusterBecomesADraftWithEveryProposalLinkedAndIsAnsweredInOneStep() {
        ClusterService.Cluster lobby = computed().computed().getFirst();
        List<Long> ids =
                lobby.members().stream().map(ClusterService.Member::proposalId).toList();
        long clusterId = fixtures.as(lead, () -> clusters.confirm(group.id(), ids, "Lobbyregister für das Land"));

        ClusterService.Overview after = computed();
        assertThat(after.confirmed()).singleElement().satisfies(cluster -> {
            assertThat(cluster.confirmedId()).isEqualTo(clusterId);
            assertThat(cluster.name()).isEqualTo("Lobbyregister für das Land");
            assertThat(cluster.members()).hasSize(3);
        });
        // Confirmed proposals are not clustered again.
        assertThat(after.computed())
                .allSatisfy(cluster -> assertThat(cluster.members())
                        .extracting(ClusterService.Member::proposalId)
                        .doesNotContainAnyElementsOf(ids));

        long later =
                propose("Lobbyregister mit allen Treffen", "Lobbyisten und ihre Treffen mit Abgeordneten im Register.");
        assertThat(computed().confirmed().getFirst().suggested())
                .extracting(ClusterService.Member::proposalId)
                .containsExactly(later);
        fixtures.as(lead, () -> {
            clusters.add(group.id(), clusterId, List.of(later));
            clusters.rename(group.id(), clusterId, "Lobbyregister für den Landtag ✓");
            return null;
        });

        long draftId = fixtures.as(lead, () -> clusters.createDraft(group.id(), clusterId));
        assertThat(fixtures.as(lead, () -> links.linkedProposals(draftId)))
                .extracting(ProposalStanding::id)
                .containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(ids.stream(), java.util.stream.Stream.of(later))
                                .toList());
        assertThatThrownBy(() -> fixtures.as(lead, () -> clusters.createDraft(group.id(), clusterId)))
                .isInstanceOf(DomainException.class);

        int answered = fixtures.as(
                lead,
                () -> clusters.answerAll(group.id(), clusterId, ResponseOutcome.ADOPTED, "Geht in den Entwurf ein."));
        assertThat(answered).isEqualTo(4);
        assertThat(responses.standings(ids))
                .extracting(ProposalStanding::outcome)
                .containsOnly(ResponseOutcome.ADOPTED);
        ClusterService.Cluster done = fixtures.as(lead, () -> clusters.overview(group.id()))
                .confirmed()
                .getFirst();
        assertThat(done.answered()).isEqualTo(4);
        assertThat(done.draftId()).isEqualTo(draftId);
        assertThat(done.name()).isEqualTo("Lobbyregister für den Landtag ✓");
    }

    @Test
    void duplicatesAreMarkedWithinAClusterAndLinkedBothWays() {
        List<Long> ids = computed().computed().getFirst().members().stream()
                .map(ClusterService.Member::proposalId)
                .toList();
        long clusterId = fixtures.as(lead, () -> clusters.confirm(group.id(), ids, "Lobbyregister"));
        long original = ids.get(0);
        long duplicate = ids.get(1);
        fixtures.as(lead, () -> {
            clusters.markDuplicate(group.id(), clusterId, duplicate, original);
            return null;
        });
        assertThat(proposals.getProposal(duplicate).duplicateOfId()).isEqualTo(original);
        assertThat(proposals.getProposal(original).duplicates())
                .extracting(de.kokreation.proposal.ProposalDetails.Duplicate::id)
                .containsExactly(duplicate);
        assertThat(responses.standings(List.of(duplicate)).getFirst().outcome()).isEqualTo(ResponseOutcome.DUPLICATE);
        long outside = propose("Radwege an Schulen", "Sichere Radwege zu allen Schulen der Stadt.");
        assertThatThrownBy(() -> fixtures.as(lead, () -> {
                    clusters.markDuplicate(group.id(), clusterId, outside, original);
                    return null;
                }))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void partOfAClusterCanBeConfirmedAndTheRestIsClusteredAgain() {
        ClusterService.Cluster lobby = computed().computed().getFirst();
        List<Long> two = lobby.members().stream()
                .limit(2)
                .map(ClusterService.Member::proposalId)
                .toList();
        long clusterId = fixtures.as(lead, () -> clusters.confirm(group.id(), two, "Zwei von drei"));
        assertThat(computed().confirmed().getFirst().members()).hasSize(2);
        assertThatThrownBy(() -> fixtures.as(lead, () -> clusters.confirm(group.id(), two, "Noch einmal")))
                .isInstanceOf(DomainException.class);
        fixtures.as(lead, () -> {
            clusters.dissolve(group.id(), clusterId);
            return null;
        });
        assertThat(computed().confirmed()).isEmpty();
    }

    @Test
    void namesAreCheckedAtTheirLimitsWithMultiByteCharacters() {
        List<Long> ids = computed().computed().getFirst().members().stream()
                .map(ClusterService.Member::proposalId)
                .toList();
        assertThatThrownBy(() -> fixtures.as(lead, () -> clusters.confirm(group.id(), ids, "Ää😀")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> fixtures.as(
                        lead, () -> clusters.confirm(group.id(), ids, "ä".repeat(ClusterService.NAME_MAX + 1))))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> fixtures.as(lead, () -> clusters.confirm(group.id(), ids.subList(0, 1), "Nur einer")))
                .isInstanceOf(DomainException.class);
        long id = fixtures.as(lead, () -> clusters.confirm(group.id(), ids, "ä".repeat(ClusterService.NAME_MAX)));
        assertThat(fixtures.as(lead, () -> clusters.overview(group.id()))
                        .confirmed()
                        .getFirst()
                        .confirmedId())
                .isEqualTo(id);
    }

    @Test
    void summariesAreOffUnlessAModelIsConfigured() {
        List<Long> ids = computed().computed().getFirst().members().stream()
                .map(ClusterService.Member::proposalId)
                .toList();
        long clusterId = fixtures.as(lead, () -> clusters.confirm(group.id(), ids, "Lobbyregister"));

        assertThat(fixtures.as(lead, () -> clusters.overview(group.id())).summariesEnabled())
                .isFalse();
        assertThatThrownBy(() -> fixtures.as(lead, () -> {
                    clusters.summarize(group.id(), clusterId);
                    return null;
                }))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("summary.error.disabled");
    }

    @Test
    void onlyTheGroupsModeratorsMayAndOnlyForTheirConsultation() {
        assertThatThrownBy(() -> fixtures.as(author, () -> clusters.overview(group.id())))
                .isInstanceOfAny(AccessDeniedException.class, de.kokreation.shared.NotPermittedException.class);
        ThemeGroupSummary elsewhere = fixtures.collectingThemeGroup();
        UserAccount otherLead = fixtures.leadOf(elsewhere, "Andere Leitung");
        assertThatThrownBy(() -> fixtures.as(otherLead, () -> {
                    clusters.compute(group.id());
                    return null;
                }))
                .isInstanceOfAny(AccessDeniedException.class, de.kokreation.shared.NotPermittedException.class);
        List<Long> ids = computed().computed().getFirst().members().stream()
                .map(ClusterService.Member::proposalId)
                .toList();
        long clusterId = fixtures.as(lead, () -> clusters.confirm(group.id(), ids, "Lobbyregister"));
        // The other lead names a cluster of another consultation through their own group.
        assertThatThrownBy(() -> fixtures.as(otherLead, () -> {
                    clusters.rename(elsewhere.id(), clusterId, "Übernommen");
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> fixtures.as(otherLead, () -> clusters.confirm(elsewhere.id(), ids, "Fremde Vorschläge")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void proposalsMoveBetweenConfirmedClustersAndClustersMergeWithoutLosingOne() {
        ClusterService.Overview overview = computed();
        List<Long> lobby = overview.computed().get(0).members().stream()
                .map(ClusterService.Member::proposalId)
                .toList();
        List<Long> cycling = overview.computed().get(1).members().stream()
                .map(ClusterService.Member::proposalId)
                .toList();
        long lobbyId = fixtures.as(lead, () -> clusters.confirm(group.id(), lobby, "Lobbyregister"));
        long cyclingId = fixtures.as(lead, () -> clusters.confirm(group.id(), cycling, "Radwege"));
        long draftId = fixtures.as(lead, () -> clusters.createDraft(group.id(), cyclingId));

        fixtures.as(lead, () -> {
            clusters.move(group.id(), lobbyId, List.of(lobby.getLast()), cyclingId);
            return null;
        });
        assertThat(members(lobbyId)).containsExactlyInAnyOrderElementsOf(lobby.subList(0, 2));
        assertThat(members(cyclingId)).contains(lobby.getLast()).hasSize(3);
        // The target's draft gets the moved proposal linked.
        assertThat(linkedIds(draftId)).contains(lobby.getLast());
        assertThatThrownBy(() -> fixtures.as(lead, () -> {
                    clusters.move(group.id(), lobbyId, List.of(lobby.getLast()), cyclingId);
                    return null;
                }))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> fixtures.as(lead, () -> {
                    clusters.merge(group.id(), lobbyId, lobbyId);
                    return null;
                }))
                .isInstanceOf(DomainException.class);

        fixtures.as(lead, () -> {
            clusters.merge(group.id(), cyclingId, lobbyId);
            return null;
        });
        ClusterService.Overview merged = fixtures.as(lead, () -> clusters.overview(group.id()));
        assertThat(merged.confirmed()).singleElement().satisfies(cluster -> {
            assertThat(cluster.name()).isEqualTo("Radwege");
            assertThat(cluster.members()).hasSize(5);
        });
        assertThat(linkedIds(draftId)).containsAll(lobby).containsAll(cycling);
    }

    @Test
    void aClusterLeftWithOneProposalIsDissolved() {
        List<Long> lobby = computed().computed().getFirst().members().stream()
                .map(ClusterService.Member::proposalId)
                .toList();
        long lobbyId = fixtures.as(lead, () -> clusters.confirm(group.id(), lobby.subList(0, 2), "Zwei Vorschläge"));
        fixtures.as(lead, () -> {
            clusters.remove(group.id(), lobbyId, lobby.getFirst());
            return null;
        });
        assertThat(fixtures.as(lead, () -> clusters.overview(group.id())).confirmed())
                .isEmpty();
        // Both can be confirmed again.
        fixtures.as(lead, () -> clusters.confirm(group.id(), lobby, "Alle drei"));
    }

    @Test
    void clustersSpanTheConsultationsThemeGroupsAndSaySo() {
        ThemeGroupSummary other = consultation.themeGroups().get(1);
        fixtures.as(
                author,
                () -> proposals.submit(
                        other.id(),
                        new ProposalDraft(
                                "Lobbyregister für Abgeordnete",
                                "Ein öffentliches Lobbyregister: alle Treffen von Lobbyisten mit Abgeordneten.")));

        ClusterService.Cluster lobby = computed().computed().stream()
                .filter(cluster -> titles(cluster).contains("Lobbyregister für Abgeordnete"))
                .findFirst()
                .orElseThrow();

        assertThat(titles(lobby)).anyMatch(title -> title.startsWith("Lobbyregister") && title.contains("Land"));
        assertThat(lobby.spansThemeGroups()).isTrue();
        assertThat(lobby.members())
                .filteredOn(ClusterService.Member::otherGroup)
                .singleElement()
                .extracting(ClusterService.Member::themeGroupName)
                .isEqualTo(other.name());
    }

    private List<Long> linkedIds(long draftId) {
        return fixtures.as(lead, () -> links.linkedProposals(draftId)).stream()
                .map(ProposalStanding::id)
                .toList();
    }

    private List<Long> members(long clusterId) {
        return fixtures.as(lead, () -> clusters.overview(group.id())).confirmed().stream()
                .filter(cluster -> cluster.confirmedId() == clusterId)
                .findFirst()
                .orElseThrow()
                .members()
                .stream()
                .map(ClusterService.Member::proposalId)
                .toList();
    }

    @Test
    void aComputationIsAJobOfTheRunnerAndOneCancelledWhileQueuedEndsFailedForThePage() throws Exception {
        computed();
        assertThat(jdbc.queryForObject(
                        "select state from background_job where kind = 'CLUSTERING' and subject like ?"
                                + " order by id desc fetch first 1 rows only",
                        String.class,
                        "clusters:" + group.id() + ":%"))
                .isEqualTo("DONE");

        // The node's one place for clustering is taken: the next computation waits in the queue.
        CountDownLatch gate = new CountDownLatch(1);
        try {
            fixtures.as(
                    lead,
                    () -> jobs.start(JobRequest.task(JobKind.CLUSTERING, "blocking-" + Fixtures.next(), progress -> {
                        try {
                            gate.await();
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                        }
                    })));
            fixtures.as(lead, () -> {
                clusters.compute(group.id());
                return null;
            });
            assertThat(fixtures.as(lead, () -> clusters.progress(group.id())).status())
                    .isEqualTo(ClusterService.Status.QUEUED);
            long queued = jdbc.queryForObject(
                    "select id from background_job where kind = 'CLUSTERING' and subject like ? and state = 'QUEUED'",
                    Long.class,
                    "clusters:" + group.id() + ":%");

            fixtures.as(lead, () -> jobs.cancel(queued));

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> fixtures.as(lead, () -> clusters.progress(group.id()))
                                    .status()
                            == ClusterService.Status.FAILED);
        } finally {
            gate.countDown();
        }
        // The place is free again: the next computation runs.
        assertThat(computed().computed()).hasSize(2);
    }
}
