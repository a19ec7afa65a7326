package de.kokreation.sensemaking;

import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.DraftContent;
import de.kokreation.drafting.DraftLimits;
import de.kokreation.drafting.DraftLinking;
import de.kokreation.drafting.DraftService;
import de.kokreation.moderation.ContentModeration;
import de.kokreation.proposal.ProposalStanding;
import de.kokreation.proposal.ResponseOutcome;
import de.kokreation.proposal.ResponseService;
import de.kokreation.proposal.reads.PublicProposals;
import de.kokreation.shared.DomainException;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.search.TermBag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clusters for a theme group's leads: computed in the background ({@link ClusterComputation}),
 * confirmed, renamed, grown and dissolved, and turned into a draft commitment with every proposal
 * linked and one answer for all. Every method checks on the server that the caller moderates the
 * theme group, and that the cluster belongs to its consultation.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ClusterService {

    public static final int NAME_MIN = DraftLimits.TITLE_MIN;
    public static final int NAME_MAX = DraftLimits.TITLE_MAX;

    public enum Status {
        NOT_COMPUTED,
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** A proposal of a cluster; {@code title} is null when the proposal was hidden since. */
    public record Member(
            long proposalId,
            @Nullable String title,
            String themeGroupName,
            boolean otherGroup,
            int support,
            @Nullable ResponseOutcome outcome) {}

    /**
     * A cluster: confirmed ({@code confirmedId} set, stored) or computed; its name (the lead's, or
     * its characteristic words), its members by support, summed support, how many answered, the
     * draft made from it, and proposals suggested for it.
     */
    public record Cluster(
            @Nullable Long confirmedId,
            String name,
            List<String> words,
            List<Member> members,
            int support,
            int answered,
            @Nullable Long draftId,
            List<Member> suggested,
            @Nullable Summary summary) {

        public boolean spansThemeGroups() {
            return members.stream().anyMatch(Member::otherGroup);
        }

        public Member mostSupported() {
            return members.getFirst();
        }
    }

    /** A source a sentence of a summary rests on: a proposal, or a comment on {@code proposalId}. */
    public record SummarySource(boolean comment, long id, long proposalId) {}

    /** A sentence of a machine-made summary, with the sources it rests on. */
    public record SummarySentence(String text, List<SummarySource> sources) {}

    public enum SummaryStatus {
        RUNNING,
        DONE,
        FAILED
    }

    /**
     * A confirmed cluster's machine-made summary: its state, the checked sentences, how many
     * sentences were removed for want of support, the model, and why it failed (a message key).
     */
    public record Summary(
            SummaryStatus status,
            List<SummarySentence> sentences,
            int removed,
            @Nullable String model,
            @Nullable Instant finishedAt,
            @Nullable String failureKey) {}

    /** The clusters of a theme group and the state of their computation. */
    public record Overview(
            boolean summariesEnabled,
            ThemeGroupSummary themeGroup,
            Status status,
            int done,
            int total,
            @Nullable Instant computedAt,
            long computedInMillis,
            List<Cluster> confirmed,
            List<Cluster> computed,
            int proposalsInComputedClusters) {}

    private final ConsultationService consultations;
    private final ModerationRights rights;
    private final ClusterComputation computation;
    private static final JsonMapper SUMMARY_JSON = JsonMapper.builder().build();

    private final ConfirmedClusters store;
    private final ClusterSummaries summaries;
    private final PublicProposals texts;
    private final ResponseService responses;
    private final DraftService drafts;
    private final DraftLinking links;
    private final ContentModeration moderation;
    private final Clock clock;

    ClusterService(
            ConsultationService consultations,
            ModerationRights rights,
            ClusterComputation computation,
            ConfirmedClusters store,
            ResponseService responses,
            DraftService drafts,
            DraftLinking links,
            ContentModeration moderation,
            ClusterSummaries summaries,
            PublicProposals texts,
            Clock clock) {
        this.summaries = summaries;
        this.texts = texts;
        this.moderation = moderation;
        this.consultations = consultations;
        this.rights = rights;
        this.computation = computation;
        this.store = store;
        this.responses = responses;
        this.drafts = drafts;
        this.links = links;
        this.clock = clock;
    }

    /** Starts computing the theme group's clusters in the background (or joins the running computation). */
    public void compute(long themeGroupId) {
        ThemeGroupSummary group = moderated(themeGroupId);
        computation.start(themeGroupId, group.consultationId(), groupsOf(group).keySet());
    }

    /**
     * What a page asks for while work runs, without the clusters: the computation's state and
     * progress, and the state of the consultation's summaries by cluster.
     */
    public record Progress(Status status, int done, int total, Map<Long, Summary> summaries) {

        public boolean computing() {
            return status == Status.QUEUED || status == Status.RUNNING;
        }

        public boolean summarizing() {
            return summaries.values().stream().anyMatch(summary -> summary.status() == SummaryStatus.RUNNING);
        }
    }

    /** The light read a page polls while a computation or a summary runs. */
    public Progress progress(long themeGroupId) {
        ThemeGroupSummary group = moderated(themeGroupId);
        ClusterComputation.Job job = computation.job(themeGroupId);
        Map<Long, Summary> summaries = new HashMap<>();
        store.summariesOfConsultation(group.consultationId()).forEach((id, row) -> summaries.put(id, summary(row)));
        return new Progress(
                job == null ? Status.NOT_COMPUTED : status(job.state),
                job == null ? 0 : job.done,
                job == null ? 0 : job.total,
                summaries);
    }

    private static Status status(ClusterComputation.State state) {
        return switch (state) {
            case QUEUED -> Status.QUEUED;
            case RUNNING -> Status.RUNNING;
            case DONE -> Status.DONE;
            case FAILED -> Status.FAILED;
        };
    }

    /** The confirmed clusters touching the theme group, and the computed ones with their progress. */
    public Overview overview(long themeGroupId) {
        ThemeGroupSummary group = moderated(themeGroupId);
        Map<Long, ThemeGroupSummary> groups = groupsOf(group);
        ClusterComputation.Job job = computation.job(themeGroupId);
        // The state before the result: a job writes its result, then DONE. Read the other way
        // round, a job finishing in between showed DONE with the previous (or no) result.
        ClusterComputation.State state = job == null ? null : job.state;
        int done = job == null ? 0 : job.done;
        int total = job == null ? 0 : job.total;
        ClusterComputation.Result result = job == null ? null : job.result;
        List<ConfirmedClusters.Confirmed> confirmed = store.ofConsultation(group.consultationId());
        Set<Long> shown = new LinkedHashSet<>();
        confirmed.forEach(cluster -> shown.addAll(cluster.proposalIds()));
        if (result != null) {
            result.clusters().forEach(cluster -> shown.addAll(cluster.proposalIds()));
            result.suggestions().values().forEach(shown::addAll);
        }
        Map<Long, ProposalStanding> standings = responses.standings(shown).stream()
                .collect(Collectors.toMap(ProposalStanding::id, Function.identity()));
        Map<Long, ConfirmedClusters.SummaryRow> summaryRows = store.summaryOf(
                confirmed.stream().map(ConfirmedClusters.Confirmed::id).toList());
        List<Cluster> confirmedClusters = confirmed.stream()
                .filter(cluster -> cluster.proposalIds().stream()
                        .map(standings::get)
                        .anyMatch(standing -> standing != null && standing.themeGroupId() == themeGroupId))
                .map(cluster -> cluster(
                        cluster.id(),
                        cluster.name(),
                        List.of(),
                        cluster.proposalIds(),
                        cluster.draftId(),
                        result == null ? List.of() : result.suggestions().getOrDefault(cluster.id(), List.of()),
                        standings,
                        groups,
                        themeGroupId,
                        summaryOrNone(summaryRows.get(cluster.id()))))
                .toList();
        List<Cluster> computed = new ArrayList<>();
        int inClusters = 0;
        if (result != null) {
            for (ProposalClustering.Cluster cluster : result.clusters()) {
                List<Long> members = cluster.proposalIds().stream()
                        .filter(id ->
                                standings.containsKey(id) && standings.get(id).title() != null)
                        .toList();
                if (members.size() < 2) {
                    continue;
                }
                // The words as people wrote them: in the titles first, then in the texts.
                List<ProposalStanding> bySupport = members.stream()
                        .map(standings::get)
                        .sorted(Comparator.comparingInt(ProposalStanding::votesFor)
                                .reversed())
                        .toList();
                List<String> texts = new ArrayList<>();
                bySupport.forEach(standing -> texts.add(standing.title() == null ? "" : standing.title()));
                bySupport.forEach(standing -> texts.add(standing.excerpt()));
                List<String> words = cluster.terms().stream()
                        .map(term -> TermBag.writtenForm(term, texts))
                        .distinct()
                        .toList();
                computed.add(cluster(
                        null,
                        String.join(" · ", words),
                        words,
                        members,
                        null,
                        List.of(),
                        standings,
                        groups,
                        themeGroupId,
                        null));
                inClusters += members.size();
            }
        }
        Status status = state == null ? Status.NOT_COMPUTED : status(state);
        return new Overview(
                summaries.enabled(),
                group,
                status,
                done,
                total,
                result == null ? null : result.computedAt(),
                result == null ? 0 : result.millis(),
                confirmedClusters,
                computed,
                inClusters);
    }

    private Cluster cluster(
            @Nullable Long confirmedId,
            String name,
            List<String> words,
            List<Long> proposalIds,
            @Nullable Long draftId,
            List<Long> suggestedIds,
            Map<Long, ProposalStanding> standings,
            Map<Long, ThemeGroupSummary> groups,
            long themeGroupId,
            @Nullable Summary summary) {
        List<Member> members = members(proposalIds, standings, groups, themeGroupId);
        return new Cluster(
                confirmedId,
                name,
                words,
                members,
                members.stream().mapToInt(Member::support).sum(),
                (int) members.stream()
                        .filter(member -> member.outcome() != null)
                        .count(),
                draftId,
                members(suggestedIds, standings, groups, themeGroupId),
                summary);
    }

    /** A summary as the page shows it: one still running after its node gave up has failed. */
    private @Nullable Summary summaryOrNone(ConfirmedClusters.@Nullable SummaryRow row) {
        return row == null ? null : summary(row);
    }

    private Summary summary(ConfirmedClusters.SummaryRow row) {
        SummaryStatus status = SummaryStatus.valueOf(row.status());
        String failure = row.failure();
        if (status == SummaryStatus.RUNNING
                && row.requestedAt().isBefore(clock.instant().minus(ClusterSummaries.GIVEN_UP_AFTER))) {
            status = SummaryStatus.FAILED;
            failure = "summary.error.failed";
        }
        List<SummarySentence> sentences = row.sentences() == null
                ? List.of()
                : stillVisible(List.of(SUMMARY_JSON.readValue(row.sentences(), SummarySentence[].class)));
        return new Summary(status, sentences, row.removed(), row.model(), row.finishedAt(), failure);
    }

    /**
     * The sentences whose every source the public still sees: a proposal or comment hidden or
     * deleted since the summary was made takes the sentences resting on it along.
     */
    private List<SummarySentence> stillVisible(List<SummarySentence> sentences) {
        Set<Long> proposalIds = new HashSet<>();
        Set<Long> commentIds = new HashSet<>();
        sentences.forEach(sentence -> sentence.sources().forEach(source -> {
            proposalIds.add(source.proposalId());
            if (source.comment()) {
                commentIds.add(source.id());
            }
        }));
        Set<Long> hidden = texts.hiddenAmong(proposalIds);
        Set<Long> visibleComments = texts.visibleCommentsAmong(commentIds);
        return sentences.stream()
                .filter(sentence -> sentence.sources().stream()
                        .allMatch(source -> !hidden.contains(source.proposalId())
                                && (!source.comment() || visibleComments.contains(source.id()))))
                .toList();
    }

    /**
     * Asks the configured language model for a summary of a confirmed cluster, made in the
     * background; refused when no model is configured or one is being made.
     */
    @Transactional
    public void summarize(long themeGroupId, long clusterId) {
        ThemeGroupSummary group = moderated(themeGroupId);
        ConfirmedClusters.Confirmed cluster = confirmedOf(group, clusterId);
        if (!summaries.enabled()) {
            throw new DomainException("summary.error.disabled");
        }
        List<Long> bySupport = responses.standings(cluster.proposalIds()).stream()
                .sorted(Comparator.comparingInt(ProposalStanding::votesFor)
                        .reversed()
                        .thenComparingLong(ProposalStanding::id))
                .map(ProposalStanding::id)
                .toList();
        if (!summaries.request(clusterId, bySupport)) {
            throw new DomainException("summary.error.running");
        }
    }

    private static List<Member> members(
            List<Long> ids,
            Map<Long, ProposalStanding> standings,
            Map<Long, ThemeGroupSummary> groups,
            long themeGroupId) {
        return ids.stream()
                .map(standings::get)
                .filter(standing -> standing != null)
                .map(standing -> new Member(
                        standing.id(),
                        standing.title(),
                        groups.containsKey(standing.themeGroupId())
                                ? groups.get(standing.themeGroupId()).name()
                                : "",
                        standing.themeGroupId() != themeGroupId,
                        standing.votesFor(),
                        standing.outcome()))
                .sorted(Comparator.comparingInt(Member::support).reversed().thenComparingLong(Member::proposalId))
                .toList();
    }

    /**
     * Confirms a cluster of the consultation's proposals under a name; answers its id. A proposal
     * is in at most one confirmed cluster.
     */
    @Transactional
    public long confirm(long themeGroupId, List<Long> proposalIds, String name) {
        ThemeGroupSummary group = moderated(themeGroupId);
        String checkedName = name(name);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(proposalIds));
        if (ids.size() < 2) {
            throw new DomainException("cluster.error.tooFew");
        }
        requireOfConsultation(group, ids);
        if (!store.alreadyConfirmed(ids).isEmpty()) {
            throw new DomainException("cluster.error.alreadyConfirmed");
        }
        long id;
        try {
            id = store.create(group.consultationId(), checkedName, ids, clock.instant());
        } catch (DuplicateKeyException confirmedMeanwhile) {
            // Another lead confirmed one of them in the same moment.
            throw new DomainException("cluster.error.alreadyConfirmed");
        }
        computation.forget(groupsOf(group).keySet());
        return id;
    }

    /** Adds proposals (suggested ones, or moved from elsewhere) to a confirmed cluster. */
    @Transactional
    public void add(long themeGroupId, long clusterId, List<Long> proposalIds) {
        ThemeGroupSummary group = moderated(themeGroupId);
        ConfirmedClusters.Confirmed cluster = confirmedOf(group, clusterId);
        List<Long> ids = proposalIds.stream()
                .filter(id -> !cluster.proposalIds().contains(id))
                .distinct()
                .toList();
        requireOfConsultation(group, ids);
        if (!store.alreadyConfirmed(ids).isEmpty()) {
            throw new DomainException("cluster.error.alreadyConfirmed");
        }
        join(cluster, ids);
        computation.forget(groupsOf(group).keySet());
    }

    /**
     * Takes a proposal out of a confirmed cluster; it is clustered again with the rest. A cluster
     * left with one proposal is no cluster: it is dissolved (a draft made from it stays).
     */
    @Transactional
    public void remove(long themeGroupId, long clusterId, long proposalId) {
        ThemeGroupSummary group = moderated(themeGroupId);
        ConfirmedClusters.Confirmed cluster = confirmedOf(group, clusterId);
        if (!cluster.proposalIds().contains(proposalId)) {
            throw new NotFoundException("proposal.error.notFound", proposalId);
        }
        takeOut(cluster, List.of(proposalId));
        computation.forget(groupsOf(group).keySet());
    }

    /**
     * Moves proposals from one confirmed cluster to another of the consultation; a cluster left
     * with one proposal is dissolved. The target's draft, if one was made, gets them linked; links
     * to the source's draft stay (nothing is unlinked behind the lead's back).
     */
    @Transactional
    public void move(long themeGroupId, long fromClusterId, List<Long> proposalIds, long toClusterId) {
        ThemeGroupSummary group = moderated(themeGroupId);
        if (fromClusterId == toClusterId) {
            throw new DomainException("cluster.error.sameCluster");
        }
        store.lock(List.of(fromClusterId, toClusterId));
        ConfirmedClusters.Confirmed from = confirmedOf(group, fromClusterId);
        ConfirmedClusters.Confirmed to = confirmedOf(group, toClusterId);
        List<Long> ids = List.copyOf(new LinkedHashSet<>(proposalIds));
        if (ids.isEmpty()) {
            throw new DomainException("cluster.error.noneChosen");
        }
        if (!from.proposalIds().containsAll(ids)) {
            throw new DomainException("cluster.error.notMember");
        }
        takeOut(from, ids);
        join(to, ids);
        computation.forget(groupsOf(group).keySet());
    }

    /**
     * Merges a confirmed cluster into another: its proposals join the target, which keeps its
     * name; the merged cluster is gone. A draft made from either stays, with its links; the
     * target's draft gets the newcomers linked.
     */
    @Transactional
    public void merge(long themeGroupId, long intoClusterId, long mergedClusterId) {
        ThemeGroupSummary group = moderated(themeGroupId);
        if (intoClusterId == mergedClusterId) {
            throw new DomainException("cluster.error.sameCluster");
        }
        store.lock(List.of(intoClusterId, mergedClusterId));
        ConfirmedClusters.Confirmed into = confirmedOf(group, intoClusterId);
        ConfirmedClusters.Confirmed merged = confirmedOf(group, mergedClusterId);
        store.dissolve(mergedClusterId);
        join(into, merged.proposalIds());
        computation.forget(groupsOf(group).keySet());
    }

    /** Adds proposals to a confirmed cluster, and links them to the draft made from it. */
    private void join(ConfirmedClusters.Confirmed cluster, List<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return;
        }
        try {
            store.add(cluster.id(), proposalIds);
        } catch (DuplicateKeyException confirmedMeanwhile) {
            // Another lead confirmed one of them in the same moment.
            throw new DomainException("cluster.error.alreadyConfirmed");
        }
        if (cluster.draftId() != null) {
            links.link(cluster.draftId(), proposalIds);
        }
    }

    private void takeOut(ConfirmedClusters.Confirmed cluster, List<Long> proposalIds) {
        if (cluster.proposalIds().size() - proposalIds.size() < 2) {
            store.dissolve(cluster.id());
        } else {
            store.remove(cluster.id(), proposalIds);
        }
    }

    @Transactional
    public void rename(long themeGroupId, long clusterId, String name) {
        ThemeGroupSummary group = moderated(themeGroupId);
        confirmedOf(group, clusterId);
        store.rename(clusterId, name(name));
    }

    /** Dissolves a confirmed cluster: its proposals are clustered again; a draft made from it stays. */
    @Transactional
    public void dissolve(long themeGroupId, long clusterId) {
        ThemeGroupSummary group = moderated(themeGroupId);
        confirmedOf(group, clusterId);
        store.dissolve(clusterId);
        computation.forget(groupsOf(group).keySet());
    }

    /**
     * Makes a draft commitment in the theme group from a confirmed cluster: titled with its name,
     * every proposal of the cluster linked. Answers the draft's id.
     */
    @Transactional
    public long createDraft(long themeGroupId, long clusterId) {
        ThemeGroupSummary group = moderated(themeGroupId);
        ConfirmedClusters.Confirmed cluster = confirmedOf(group, clusterId);
        if (cluster.draftId() != null) {
            throw new DomainException("cluster.error.draftExists");
        }
        long draftId = drafts.create(themeGroupId, DraftContent.titled(cluster.name()));
        links.link(draftId, cluster.proposalIds());
        store.draftMade(clusterId, draftId);
        return draftId;
    }

    /**
     * Answers every proposal of a confirmed cluster with the same outcome and reason (recorded,
     * editable and mailed per proposal; with the cluster's draft, when one was made). Answers how
     * many were answered. The caller must moderate every proposal's theme group.
     */
    @Transactional
    public int answerAll(long themeGroupId, long clusterId, ResponseOutcome outcome, String reason) {
        ThemeGroupSummary group = moderated(themeGroupId);
        ConfirmedClusters.Confirmed cluster = confirmedOf(group, clusterId);
        for (long proposalId : cluster.proposalIds()) {
            responses.respond(proposalId, outcome, reason);
        }
        if (cluster.draftId() != null) {
            // Adds the links the answer rests on; links to other drafts stay.
            links.link(cluster.draftId(), cluster.proposalIds());
        }
        return cluster.proposalIds().size();
    }

    /**
     * Marks a proposal of a confirmed cluster as duplicate of another of the same cluster: it is
     * answered as duplicate, and each page links to the other; nothing is deleted or merged.
     */
    @Transactional
    public void markDuplicate(long themeGroupId, long clusterId, long proposalId, long originalId) {
        ThemeGroupSummary group = moderated(themeGroupId);
        ConfirmedClusters.Confirmed cluster = confirmedOf(group, clusterId);
        if (!cluster.proposalIds().contains(proposalId)
                || !cluster.proposalIds().contains(originalId)) {
            throw new DomainException("cluster.error.notInCluster");
        }
        moderation.markDuplicate(proposalId, originalId);
    }

    private ThemeGroupSummary moderated(long themeGroupId) {
        ThemeGroupSummary group = consultations.getThemeGroup(themeGroupId);
        rights.requireModerator(themeGroupId);
        return group;
    }

    private Map<Long, ThemeGroupSummary> groupsOf(ThemeGroupSummary group) {
        return consultations.getConsultation(group.consultationId()).themeGroups().stream()
                .collect(Collectors.toMap(ThemeGroupSummary::id, Function.identity()));
    }

    /**
     * The confirmed cluster, if it belongs to the group's consultation; the caller must moderate
     * the theme group of every proposal in it.
     */
    private ConfirmedClusters.Confirmed confirmedOf(ThemeGroupSummary group, long clusterId) {
        // Every caller changes the cluster: it is locked before it is read.
        store.lock(List.of(clusterId));
        ConfirmedClusters.Confirmed cluster = store.find(clusterId)
                .filter(found -> found.consultationId() == group.consultationId())
                .orElseThrow(() -> new NotFoundException("cluster.error.notFound", clusterId));
        responses.standings(cluster.proposalIds()).stream()
                .map(ProposalStanding::themeGroupId)
                .distinct()
                .forEach(rights::requireModerator);
        return cluster;
    }

    /**
     * Every proposal must be a visible proposal of the group's consultation, in a theme group the
     * caller moderates: a lead of one group does not claim another group's proposals.
     */
    private void requireOfConsultation(ThemeGroupSummary group, List<Long> ids) {
        Set<Long> groups = groupsOf(group).keySet();
        List<ProposalStanding> standings = responses.standings(ids);
        Set<Long> found = new HashSet<>();
        Set<Long> checked = new HashSet<>();
        for (ProposalStanding standing : standings) {
            if (!groups.contains(standing.themeGroupId()) || standing.hidden()) {
                throw new DomainException("cluster.error.otherConsultation");
            }
            if (checked.add(standing.themeGroupId())) {
                rights.requireModerator(standing.themeGroupId());
            }
            found.add(standing.id());
        }
        if (found.size() != ids.size()) {
            throw new NotFoundException("proposal.error.notFound", ids);
        }
    }

    private static String name(String name) {
        String stripped = name.strip();
        // A name becomes the title of the draft made from the cluster: the draft's limits.
        if (stripped.length() < NAME_MIN || stripped.length() > NAME_MAX) {
            throw new DomainException("cluster.error.name", NAME_MIN, NAME_MAX);
        }
        return stripped;
    }
}
