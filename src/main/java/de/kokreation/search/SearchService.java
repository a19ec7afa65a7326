package de.kokreation.search;

import static de.kokreation.shared.SideQueries.await;

import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.ModerationRights;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.drafting.reads.DraftRows;
import de.kokreation.proposal.OutcomeFilter;
import de.kokreation.proposal.reads.ProposalSearch;
import de.kokreation.proposal.reads.ProposalTermStatistics;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.RichText;
import de.kokreation.shared.search.Snippets;
import de.kokreation.shared.search.TextQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searches what the public sees across all consultations: proposals and comments, ranked by
 * relevance (title words first) or ordered by date or support, filtered by consultation, theme
 * group, kind and response, in pages of {@value #PAGE_SIZE} up to page {@value #MAX_PAGES}. Open
 * to everyone: hidden and deleted content is left out by the owner's read, except that a theme
 * group's moderators also find its hidden content, marked as such.
 */
@Service
public class SearchService implements DisposableBean {

    public static final int PAGE_SIZE = 20;
    /** The last page one can go to: as far as the hits of a kind are ranked. */
    public static final int MAX_PAGES = ProposalSearch.CANDIDATES / PAGE_SIZE;

    public static final int SNIPPET_LENGTH = 240;

    /** What a hit is. */
    public enum Kind {
        PROPOSAL,
        COMMENT,
        DRAFT,
        CONSULTATION;

        public String messageKey() {
            return "search.kind." + name();
        }
    }

    /** The orders of the hits. */
    public enum Order {
        RELEVANCE,
        NEWEST,
        MOST_SUPPORTED;

        public String messageKey() {
            return "search.order." + name();
        }
    }

    /** A search: the text and the filters ({@code null}: any), the order and the page (from 1). */
    public record Request(
            String text,
            @Nullable String consultationSlug,
            @Nullable Long themeGroupId,
            @Nullable Kind kind,
            OutcomeFilter outcome,
            Order order,
            int page) {}

    /**
     * A hit as the page shows it: for a comment, the title is its proposal's; the found words
     * are marked in title and snippet; {@code outcomeKey} is the message key of the response.
     */
    public record Result(
            Kind kind,
            String link,
            String title,
            List<Snippets.Segment> markedTitle,
            List<Snippets.Segment> snippet,
            String consultationTitle,
            String themeGroupName,
            String outcomeKey,
            Instant createdAt,
            int support,
            boolean hidden) {}

    /**
     * One page of hits, the number of all hits and per kind (each counted up to
     * {@link ProposalSearch#CANDIDATES}; {@code moreThanTotal} when there are more); {@code cut}
     * when the text was longer than the limits, {@code nothingToSearch} when no searchable word
     * was left; {@code someWordsOnly} when the results go on with texts that hold only some of
     * the words.
     */
    public record Page(
            List<Result> results,
            long total,
            boolean moreThanTotal,
            Map<Kind, Long> totals,
            int page,
            int pageCount,
            boolean cut,
            boolean nothingToSearch,
            boolean someWordsOnly) {}

    private final ProposalSearch proposals;
    private final ConsultationService consultations;
    private final ProposalTermStatistics statistics;
    private final DraftRows draftRows;
    private final ModerationRights rights;
    private final AnalysedTexts analysed = new AnalysedTexts();
    private final TransactionTemplate readOnly;
    // The parts of one search wait on the database; the connection pool bounds how many run.
    private final ExecutorService parts = Executors.newVirtualThreadPerTaskExecutor();

    SearchService(
            ProposalSearch proposals,
            ConsultationService consultations,
            ProposalTermStatistics statistics,
            DraftRows draftRows,
            ModerationRights rights,
            PlatformTransactionManager transactionManager) {
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.proposals = proposals;
        this.rights = rights;
        this.draftRows = draftRows;
        this.statistics = statistics;
        this.consultations = consultations;
    }

    /** The consultations one may narrow a search to, newest first. */
    @Transactional(readOnly = true)
    public List<ConsultationSummary> consultations() {
        return consultations.listConsultations();
    }

    /**
     * One page of a search. Not one transaction: the kinds are searched at the same time, each in
     * a read-only transaction of its own (proposals, comments, drafts, consultations), and the
     * caller holds no connection while it waits, so a search never waits for a connection it
     * keeps from itself.
     */
    public Page search(Request request) {
        TextQuery query = TextQuery.parse(request.text(), statistics.vocabulary());
        Map<Kind, Long> totals = new EnumMap<>(Kind.class);
        if (query.isEmpty()) {
            return new Page(
                    List.of(),
                    0,
                    false,
                    totals,
                    1,
                    0,
                    query.wasCut(),
                    !request.text().isBlank(),
                    false);
        }
        CompletableFuture<Map<Long, ThemeGroupSummary>> groupsRead = inParallel(() -> themeGroups(request));
        String outcome = switch (request.outcome()) {
            case ALL -> null;
            case UNANSWERED -> "UNANSWERED";
            default -> request.outcome().name();
        };
        int page = Math.clamp(request.page(), 1, MAX_PAGES);
        // A group's moderators also find its hidden content, marked as hidden.
        List<Long> moderatedAnywhere = rights.moderatedThemeGroupIdsIfSignedIn();
        // Searched everywhere, proposals and comments need not wait for the theme groups' names.
        boolean everywhere = request.consultationSlug() == null && request.themeGroupId() == null;
        Map<Long, ThemeGroupSummary> groups = everywhere ? Map.of() : await(groupsRead);
        @Nullable Collection<Long> searched = everywhere ? null : groups.keySet();
        List<Long> moderated = everywhere
                ? moderatedAnywhere
                : moderatedAnywhere.stream().filter(groups::containsKey).toList();
        List<Kind> ownerKinds = List.of(Kind.PROPOSAL, Kind.COMMENT).stream()
                .filter(kind -> request.kind() == null || request.kind() == kind)
                .toList();
        // Drafts and consultations answer no outcome filter: they are left out when one is chosen.
        boolean withDrafts =
                request.outcome() == OutcomeFilter.ALL && (request.kind() == null || request.kind() == Kind.DRAFT);
        boolean withConsultations = request.outcome() == OutcomeFilter.ALL
                && (request.kind() == null || request.kind() == Kind.CONSULTATION)
                && request.themeGroupId() == null;
        Map<Kind, CompletableFuture<ProposalSearch.Top>> tops = tops(
                ownerKinds,
                query,
                searched,
                moderated,
                outcome,
                ProposalSearch.Order.valueOf(request.order().name()),
                page * PAGE_SIZE);
        if (everywhere) {
            groups = await(groupsRead);
        }
        Map<Long, ThemeGroupSummary> allGroups = groups;
        CompletableFuture<List<Found>> draftHits =
                withDrafts ? inParallel(() -> drafts(query, allGroups)) : CompletableFuture.completedFuture(List.of());
        CompletableFuture<List<Found>> consultationHits = withConsultations
                ? inParallel(() -> consultations(query, request.consultationSlug()))
                : CompletableFuture.completedFuture(List.of());
        boolean moreThan = false;
        List<Found> found = new ArrayList<>();
        Set<String> allWords = new HashSet<>();
        long withAllWords = 0;
        for (Kind kind : ownerKinds) {
            ProposalSearch.Top top = await(tops.get(kind));
            for (ProposalSearch.Hit hit : top.hits()) {
                allWords.add(hit.kind() + ":" + hit.id());
                // A group made in the moment between the two reads is found with the next search.
                if (allGroups.containsKey(hit.themeGroupId())) {
                    found.add(found(hit, 0, allGroups, query));
                }
            }
            withAllWords += top.matches();
            totals.put(kind, (long) Math.min(ProposalSearch.CANDIDATES, top.matches()));
            moreThan |= top.matches() > ProposalSearch.CANDIDATES;
        }
        // Few texts hold every word: the page fills up with texts that hold some of them, after
        // those that hold all ("Einfluss von Lobbyisten auf Gesetze" finds texts on lobbyists).
        boolean someWords = false;
        if (query.size() > 1 && withAllWords < PAGE_SIZE) {
            int limit = page * PAGE_SIZE + (int) withAllWords;
            Map<Kind, CompletableFuture<ProposalSearch.Top>> someOf = tops(
                    ownerKinds, query.anyWord(), searched, moderated, outcome, ProposalSearch.Order.RELEVANCE, limit);
            for (Kind kind : ownerKinds) {
                ProposalSearch.Top top = await(someOf.get(kind));
                for (ProposalSearch.Hit hit : top.hits()) {
                    if (!allWords.contains(hit.kind() + ":" + hit.id()) && allGroups.containsKey(hit.themeGroupId())) {
                        found.add(found(hit, 1, allGroups, query));
                        someWords = true;
                    }
                }
                totals.put(kind, (long) Math.min(ProposalSearch.CANDIDATES, top.matches()));
                moreThan |= top.matches() > ProposalSearch.CANDIDATES;
            }
        }
        if (withDrafts) {
            List<Found> drafts = await(draftHits);
            totals.put(Kind.DRAFT, (long) drafts.size());
            found.addAll(drafts);
        }
        if (withConsultations) {
            List<Found> consultationsFound = await(consultationHits);
            totals.put(Kind.CONSULTATION, (long) consultationsFound.size());
            found.addAll(consultationsFound);
        }
        found.sort(order(request.order()));
        long total = totals.values().stream().mapToLong(Long::longValue).sum();
        int pageCount = (int) Math.min(MAX_PAGES, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Result> results = found.stream()
                .skip((long) (page - 1) * PAGE_SIZE)
                .limit(PAGE_SIZE)
                .map(hit -> hit.result().get())
                .toList();
        return new Page(results, total, moreThan, totals, page, pageCount, query.wasCut(), false, someWords);
    }

    /** The best hits of each of the owner's kinds (proposals, comments), each searched beside the others. */
    private Map<Kind, CompletableFuture<ProposalSearch.Top>> tops(
            List<Kind> kinds,
            TextQuery query,
            @Nullable Collection<Long> searched,
            List<Long> moderated,
            @Nullable String outcome,
            ProposalSearch.Order order,
            int limit) {
        Map<Kind, CompletableFuture<ProposalSearch.Top>> tops = new EnumMap<>(Kind.class);
        for (Kind kind : kinds) {
            tops.put(
                    kind,
                    inParallel(() -> proposals.top(
                            ProposalSearch.Kind.valueOf(kind.name()),
                            query,
                            searched,
                            moderated,
                            outcome,
                            order,
                            limit)));
        }
        return tops;
    }

    /** Reads in a read-only transaction of its own, beside the other parts of the search. */
    private <T> CompletableFuture<T> inParallel(Supplier<T> read) {
        return CompletableFuture.supplyAsync(() -> readOnly.execute(status -> read.get()), parts);
    }

    @Override
    public void destroy() {
        parts.shutdownNow();
    }

    /**
     * A hit of any kind, with what orders it: first its tier (0: holds every word, 1: some of
     * them), then the order chosen; made into a result only when it is on the page.
     */
    private record Found(int tier, double score, Instant createdAt, int support, Supplier<Result> result) {}

    private static Found found(ProposalSearch.Hit hit, int tier, Map<Long, ThemeGroupSummary> groups, TextQuery query) {
        return new Found(
                tier,
                hit.score(),
                hit.createdAt(),
                hit.support(),
                () -> result(hit, groups.get(hit.themeGroupId()), query));
    }

    /** The public drafts of the theme groups that match, analysed in memory (drafts are few). */
    private List<Found> drafts(TextQuery query, Map<Long, ThemeGroupSummary> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<DraftRows.Draft> drafts = draftRows.publicDrafts(groups.keySet());
        Map<Long, List<DraftRows.Milestone>> milestones =
                draftRows.milestones(drafts.stream().map(DraftRows.Draft::id).toList());
        List<Found> found = new ArrayList<>();
        for (DraftRows.Draft draft : drafts) {
            String body = String.join(
                    "\n",
                    draft.problem(),
                    draft.commitment(),
                    draft.contribution(),
                    draft.ogpRelevance(),
                    draft.additionalInfo(),
                    draft.leadAgency(),
                    milestones.getOrDefault(draft.id(), List.of()).stream()
                            .map(DraftRows.Milestone::deliverable)
                            .collect(Collectors.joining("\n")));
            double score = query.score(analysed.termsOf("draft:" + draft.id(), draft.title(), body));
            if (score > 0) {
                ThemeGroupSummary group = groups.get(draft.themeGroupId());
                Instant date = draft.publishedAt() == null ? draft.updatedAt() : draft.publishedAt();
                found.add(new Found(
                        0,
                        score,
                        date,
                        draft.votesFor(),
                        () -> new Result(
                                Kind.DRAFT,
                                Permalinks.draft(draft.id()),
                                draft.title(),
                                Snippets.marked(draft.title(), query),
                                Snippets.of(body, query, SNIPPET_LENGTH),
                                group.consultationTitle(),
                                group.name(),
                                "draft.status." + draft.status(),
                                date,
                                draft.votesFor(),
                                false)));
            }
        }
        return found;
    }

    /** The consultations that match by title and description (or the chosen one). */
    private List<Found> consultations(TextQuery query, @Nullable String slug) {
        List<Found> found = new ArrayList<>();
        for (ConsultationSummary consultation : consultations.listConsultations()) {
            if (slug != null && !slug.equals(consultation.slug())) {
                continue;
            }
            String description = RichText.plainText(consultation.descriptionHtml());
            String body = consultation.region() + "\n" + description;
            double score =
                    query.score(analysed.termsOf("consultation:" + consultation.id(), consultation.title(), body));
            if (score > 0) {
                Instant start = consultation
                        .timeline()
                        .getFirst()
                        .start()
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
                found.add(new Found(
                        0,
                        score,
                        start,
                        0,
                        () -> new Result(
                                Kind.CONSULTATION,
                                Permalinks.consultation(consultation.slug()),
                                consultation.title(),
                                Snippets.marked(consultation.title(), query),
                                Snippets.of(description, query, SNIPPET_LENGTH),
                                consultation.title(),
                                consultation.region(),
                                consultation.currentPhase().messageKey(),
                                start,
                                0,
                                false)));
            }
        }
        return found;
    }

    private static Comparator<Found> order(Order order) {
        Comparator<Found> newest = Comparator.comparing(Found::createdAt).reversed();
        // Texts with every word first, in any order; then those with some of them.
        Comparator<Found> chosen = switch (order) {
            case RELEVANCE ->
                Comparator.comparingDouble(Found::score).reversed().thenComparing(newest);
            case NEWEST -> newest;
            case MOST_SUPPORTED ->
                Comparator.comparingInt(Found::support)
                        .reversed()
                        .thenComparing(Comparator.comparingDouble(Found::score).reversed());
        };
        return Comparator.comparingInt(Found::tier).thenComparing(chosen);
    }

    /** The theme groups searched: of the chosen consultation and group, or all. */
    private Map<Long, ThemeGroupSummary> themeGroups(Request request) {
        Map<Long, ThemeGroupSummary> groups = new LinkedHashMap<>();
        for (ThemeGroupSummary group : consultations.allThemeGroups()) {
            if ((request.consultationSlug() == null
                            || request.consultationSlug().equals(group.consultationSlug()))
                    && (request.themeGroupId() == null || request.themeGroupId() == group.id())) {
                groups.put(group.id(), group);
            }
        }
        return groups;
    }

    private static Result result(ProposalSearch.Hit hit, ThemeGroupSummary group, TextQuery query) {
        Kind kind = Kind.valueOf(hit.kind().name());
        String link = kind == Kind.PROPOSAL
                ? Permalinks.proposal(hit.proposalId())
                : Permalinks.proposal(hit.proposalId()) + "#comment-" + hit.id();
        String outcomeKey = hit.outcome() == null
                ? "proposals.outcome.open"
                : OutcomeFilter.valueOf(hit.outcome()).messageKey();
        return new Result(
                kind,
                link,
                hit.title(),
                Snippets.marked(hit.title(), query),
                Snippets.of(hit.text(), query, SNIPPET_LENGTH),
                group.consultationTitle(),
                group.name(),
                outcomeKey,
                hit.createdAt(),
                hit.support(),
                hit.hidden());
    }
}
