package de.kokreation.sensemaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.moderation.ContentModeration;
import de.kokreation.proposal.CommentService;
import de.kokreation.proposal.ProposalDraft;
import de.kokreation.proposal.ProposalService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Summaries of a confirmed cluster through a real HTTP endpoint ({@link FakeLanguageModel}) that speaks the OpenAI chat
 * completions API, the way a self-hosted model server does: the model's sentences that their
 * sources do not support are removed, the rest link to them; the model never sees hidden or
 * deleted content; a summary is forgotten when the members change; an endpoint that fails leaves
 * a clear state behind.
 */
@IntegrationTest
@Tag("database")
class ClusterSummaryTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProposalService proposals;

    @Autowired
    CommentService comments;

    @Autowired
    ClusterService clusters;

    @Autowired
    ApplicationContext context;

    @Autowired
    ContentModeration moderation;

    ThemeGroupSummary group;
    UserAccount lead;
    List<Long> ids;

    @BeforeEach
    void confirmedCluster() {
        LanguageModels.useFake(context, "test-modell", "geheim");
        group = fixtures.collectingThemeGroup();
        lead = fixtures.leadOf(group, "Leitung Zusammenfassung");
        UserAccount author = fixtures.citizen();
        ids = List.of(
                fixtures.as(
                        author,
                        () -> proposals.submit(
                                group.id(),
                                new ProposalDraft(
                                        "Lobbyregister für den Landtag",
                                        "Alle Treffen von Lobbyisten mit Abgeordneten öffentlich eintragen."))),
                fixtures.as(
                        author,
                        () -> proposals.submit(
                                group.id(),
                                new ProposalDraft(
                                        "Lobbyregister einführen",
                                        "Ein öffentliches Register für Lobbyisten und ihre Treffen im Landtag."))));
        long deleted =
                fixtures.as(author, () -> comments.post(ids.getFirst(), null, "Geheimer Entwurf, bitte nicht zeigen."));
        fixtures.as(author, () -> {
            comments.delete(deleted);
            return null;
        });
        fixtures.as(author, () -> comments.post(ids.getFirst(), null, "Auch Termine der Ministerien gehören hinein."));
    }

    @AfterEach
    void logoutAndTurnTheModelOff() {
        fixtures.logout();
        LanguageModels.off(context);
    }

    private long confirm() {
        return fixtures.as(lead, () -> clusters.confirm(group.id(), ids, "Lobbyregister"));
    }

    private ClusterService.Summary summary(long clusterId) {
        return fixtures.as(lead, () -> clusters.overview(group.id())).confirmed().stream()
                .filter(cluster -> cluster.confirmedId() == clusterId)
                .findFirst()
                .orElseThrow()
                .summary();
    }

    private ClusterService.Summary finished(long clusterId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ClusterService.Summary summary = summary(clusterId);
        while (summary.status() == ClusterService.SummaryStatus.RUNNING && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            summary = summary(clusterId);
        }
        return summary;
    }

    @Test
    void theModelsSupportedSentencesAreKeptWithTheirSourcesAndTheRestRemoved() {
        long clusterId = confirm();
        assertThat(fixtures.as(lead, () -> clusters.overview(group.id())).summariesEnabled())
                .isTrue();
        assertThat(summary(clusterId)).isNull();

        fixtures.as(lead, () -> {
            clusters.summarize(group.id(), clusterId);
            return null;
        });
        ClusterService.Summary summary = finished(clusterId);

        assertThat(summary.status()).isEqualTo(ClusterService.SummaryStatus.DONE);
        assertThat(summary.model()).isEqualTo("test-modell");
        assertThat(summary.removed()).isEqualTo(2);
        assertThat(summary.sentences()).singleElement().satisfies(sentence -> {
            assertThat(sentence.text()).startsWith("Die Vorschläge fordern: Lobbyregister");
            assertThat(sentence.sources()).singleElement().satisfies(source -> {
                assertThat(source.comment()).isFalse();
                assertThat(ids).contains(source.id());
            });
        });
        // What the model was sent: the key, the visible texts, never the deleted comment.
        assertThat(FakeLanguageModel.REQUESTS).singleElement().satisfies(request -> {
            assertThat(request).startsWith("Bearer geheim");
            assertThat(request).contains("Auch Termine der Ministerien").doesNotContain("Geheimer Entwurf");
        });

        // A source hidden since: the sentences resting on it are no longer shown, the rest stays.
        long source = summary.sentences().getFirst().sources().getFirst().id();
        fixtures.as(lead, () -> {
            moderation.hideProposal(source, "Beleidigend");
            return null;
        });
        assertThat(summary(clusterId).sentences()).isEmpty();
        fixtures.as(lead, () -> {
            moderation.restoreProposal(source);
            return null;
        });
        assertThat(summary(clusterId).sentences()).hasSize(1);

        // The members change: the summary no longer speaks of them and is gone.
        long later = fixtures.as(
                fixtures.citizen(),
                () -> proposals.submit(
                        group.id(), new ProposalDraft("Register der Lobbyisten", "Wer trifft Abgeordnete?")));
        fixtures.as(lead, () -> {
            clusters.add(group.id(), clusterId, List.of(later));
            return null;
        });
        assertThat(summary(clusterId)).isNull();
    }

    @Test
    void anEndpointThatFailsLeavesAClearStateAndMayBeAskedAgain() {
        long clusterId = confirm();
        FakeLanguageModel.failing = true;
        fixtures.as(lead, () -> {
            clusters.summarize(group.id(), clusterId);
            return null;
        });

        ClusterService.Summary summary = finished(clusterId);

        assertThat(summary.status()).isEqualTo(ClusterService.SummaryStatus.FAILED);
        assertThat(summary.failureKey()).isEqualTo("summary.error.unreachable");
        FakeLanguageModel.failing = false;
        fixtures.as(lead, () -> {
            clusters.summarize(group.id(), clusterId);
            return null;
        });
        assertThat(finished(clusterId).status()).isEqualTo(ClusterService.SummaryStatus.DONE);
    }

    @Test
    void onlyTheGroupsModeratorsMaySummarize() {
        long clusterId = confirm();
        assertThatThrownBy(() -> fixtures.as(fixtures.citizen(), () -> {
                    clusters.summarize(group.id(), clusterId);
                    return null;
                }))
                .isInstanceOfAny(
                        org.springframework.security.access.AccessDeniedException.class,
                        de.kokreation.shared.NotPermittedException.class);
        assertThat(FakeLanguageModel.REQUESTS).isEmpty();
        assertThat(summary(clusterId)).isNull();
    }
}
