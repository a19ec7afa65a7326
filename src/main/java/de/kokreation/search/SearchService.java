package de.kokreation.search;

import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.ConsultationSummary;
import de.kokreation.consultation.ThemeGroupSummary;
import de.kokreation.proposal.OutcomeFilter;
import de.kokreation.proposal.reads.ProposalSearch;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.search.Snippets;
import de.kokreation.shared.search.TextQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches what the public sees across all consultations: proposals and comments, ranked by
 * relevance (title words first) or ordered by date or support, filtered by consultation, theme
 * group, kind and response, in pages of {@value #PAGE_SIZE} up to page {@value #MAX_PAGES}. Open
 * to everyone: hidden and deleted content is left out by the owner's read.
 */
@Service
public class SearchService {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGES = 25;
    public static final int SNIPPET_LENGTH = 240;

    /** What a hit is. */
    public enum Kind {
        PROPOSAL,
        COMMENT;

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
            int support) {}

    /**
     * One page of hits, the number of all hits and per kind (each counted up to
     * {@link ProposalSearch#CANDIDATES}; {@code moreThanTotal} when there are more); {@code cut}
     * when the text was longer than the limits, {@code nothingToSearch} when no searchable word
     * was left.
     */
    public record Page(
            List<Result> results,
            long total,
            boolean moreThanTotal,
            Map<Kind, Long> totals,
            int page,
            int pageCount,
            boolean cut,
            boolean nothingToSearch) {}

    private final ProposalSearch proposals;
    private final ConsultationService consultations;

    SearchService(ProposalSearch proposals, ConsultationService consultations) {
        this.proposals = proposals;
        this.consultations = consultations;
    }

    /** The consultations one may narrow a search to, newest first. */
    @Transactional(readOnly = true)
    public List<ConsultationSummary> consultations() {
        return consultations.listConsultations();
    }

    @Transactional(readOnly = true)
    public Page search(Request request) {
        TextQuery query = TextQuery.parse(request.text());
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
                    !request.text().isBlank());
        }
        Map<Long, ThemeGroupSummary> groups = themeGroups(request);
        String outcome = switch (request.outcome()) {
            case ALL -> null;
            case UNANSWERED -> "UNANSWERED";
            default -> request.outcome().name();
        };
        int page = Math.clamp(request.page(), 1, MAX_PAGES);
        List<ProposalSearch.Hit> hits = new ArrayList<>();
        boolean moreThan = false;
        for (Kind kind : Kind.values()) {
            if (request.kind() != null && request.kind() != kind) {
                continue;
            }
            ProposalSearch.Kind ownerKind = ProposalSearch.Kind.valueOf(kind.name());
            ProposalSearch.Top top = proposals.top(
                    ownerKind,
                    query,
                    groups.keySet(),
                    outcome,
                    ProposalSearch.Order.valueOf(request.order().name()),
                    page * PAGE_SIZE);
            hits.addAll(top.hits());
            totals.put(kind, (long) Math.min(ProposalSearch.CANDIDATES, top.matches()));
            moreThan |= top.matches() > ProposalSearch.CANDIDATES;
        }
        hits.sort(order(request.order()));
        long total = totals.values().stream().mapToLong(Long::longValue).sum();
        int pageCount = (int) Math.min(MAX_PAGES, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        List<Result> results = hits.stream()
                .skip((long) (page - 1) * PAGE_SIZE)
                .limit(PAGE_SIZE)
                .map(hit -> result(hit, groups.get(hit.themeGroupId()), query))
                .toList();
        return new Page(results, total, moreThan, totals, page, pageCount, query.wasCut(), false);
    }

    private static Comparator<ProposalSearch.Hit> order(Order order) {
        Comparator<ProposalSearch.Hit> newest =
                Comparator.comparing(ProposalSearch.Hit::createdAt).reversed();
        return switch (order) {
            case RELEVANCE ->
                Comparator.comparingDouble(ProposalSearch.Hit::score).reversed().thenComparing(newest);
            case NEWEST -> newest;
            case MOST_SUPPORTED ->
                Comparator.comparingInt(ProposalSearch.Hit::support)
                        .reversed()
                        .thenComparing(Comparator.comparingDouble(ProposalSearch.Hit::score)
                                .reversed());
        };
    }

    /** The theme groups searched: of the chosen consultation and group, or all. */
    private Map<Long, ThemeGroupSummary> themeGroups(Request request) {
        Map<Long, ThemeGroupSummary> groups = new LinkedHashMap<>();
        for (ConsultationSummary consultation : consultations.listConsultations()) {
            if (request.consultationSlug() != null
                    && !request.consultationSlug().equals(consultation.slug())) {
                continue;
            }
            for (ThemeGroupSummary group :
                    consultations.getConsultation(consultation.slug()).themeGroups()) {
                if (request.themeGroupId() == null || request.themeGroupId() == group.id()) {
                    groups.put(group.id(), group);
                }
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
                hit.support());
    }
}
