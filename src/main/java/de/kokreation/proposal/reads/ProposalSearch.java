package de.kokreation.proposal.reads;

import static de.kokreation.proposal.reads.ProposalVisibility.notDeletedComment;
import static de.kokreation.proposal.reads.ProposalVisibility.notHiddenComment;
import static de.kokreation.proposal.reads.ProposalVisibility.visibleComment;
import static de.kokreation.proposal.reads.ProposalVisibility.visibleProposal;

import de.kokreation.proposal.textindex.TermsIndex;
import de.kokreation.proposal.textindex.TextConditions;
import de.kokreation.shared.RichText;
import de.kokreation.shared.search.TextQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Full-text search over the proposals and comments the public sees, for the search page: the best
 * hits of one kind and their number, within theme groups. Callers hold a transaction (a search is
 * planned for its own words, see {@link TextQuery#PLAN_EACH_SEARCH}). PostgreSQL matches and ranks in the
 * database (GIN index over the stored terms); on H2 the Lucene index of the terms narrows the rows
 * ({@link TextConditions}) and {@link TextQuery#matches} decides, so both find the same.
 */
@Component
public class ProposalSearch {

    /** What a hit is. */
    public enum Kind {
        PROPOSAL,
        COMMENT
    }

    /** The orders of hits. */
    public enum Order {
        RELEVANCE,
        NEWEST,
        MOST_SUPPORTED
    }

    /**
     * A hit: for a comment, {@code title} is its proposal's title; {@code text} is the plain text
     * for a snippet; {@code outcome} the proposal's response (null when unanswered).
     */
    public record Hit(
            Kind kind,
            long id,
            long proposalId,
            long themeGroupId,
            String title,
            String text,
            Instant createdAt,
            int support,
            @Nullable String outcome,
            double score,
            boolean hidden) {}

    private final JdbcTemplate jdbc;
    private final TextConditions conditions;
    private final TextQuery.Dialect dialect;

    ProposalSearch(DataSource dataSource, TextConditions conditions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.conditions = conditions;
        this.dialect = conditions.dialect();
    }

    /**
     * How many matches of a kind at most are ranked, and counted: as many as 15 pages of 20 show,
     * the most anyone can page to. Taken in a cheap order (proposals by support, comments by
     * date, or by the order asked for) through an index, so a common word costs as little as a
     * rare one; relevance ranks within them. The time of a search grows with this number, its
     * quality hardly: a word that common finds more than anyone reads. At national scale, on
     * the same data in one session, p95 of the four searches: 47–55 ms for 500, 38–55 for 400
     * (three runs), 40–46 for 300; 1,000 had taken twice as long as 500.
     */
    public static final int CANDIDATES = 300;

    /**
     * The best hits of a kind, and how many there are: counted up to {@link #CANDIDATES} plus
     * one, so "more than" can be said without counting them all.
     */
    public record Top(List<Hit> hits, int matches) {}

    /**
     * The best {@code limit} hits of a kind in the theme groups ({@code null}: in every group),
     * optionally of one outcome; in the {@code moderatedGroupIds} hidden content too (marked as
     * such), never what authors deleted.
     */
    public Top top(
            Kind kind,
            TextQuery query,
            @Nullable Collection<Long> themeGroupIds,
            Collection<Long> moderatedGroupIds,
            @Nullable String outcome,
            Order order,
            int limit) {
        if (query.isEmpty() || (themeGroupIds != null && themeGroupIds.isEmpty())) {
            return new Top(List.of(), 0);
        }
        String alias = kind == Kind.PROPOSAL ? "p" : "c";
        TextQuery.Sql sql = conditions.matching(
                query,
                kind == Kind.PROPOSAL ? TermsIndex.Table.PROPOSAL : TermsIndex.Table.COMMENT,
                alias,
                kind == Kind.PROPOSAL ? ProposalSearchVectors.COLUMN : alias + ".search_vector");
        // Walk an index in this order until enough rows match: cheap however common the words.
        // Comments ranked by relevance are taken in no order (on PostgreSQL): the first matches
        // found, through the GIN index or the table, whichever is cheaper, stop the scan. Ordered
        // by date, a phrase in 4,700 of a million comments read every one of them (122 ms against 26).
        boolean inNoOrder = kind == Kind.COMMENT && order == Order.RELEVANCE && dialect == TextQuery.Dialect.POSTGRESQL;
        String candidateOrder = kind == Kind.PROPOSAL && order != Order.NEWEST
                ? " order by p.votes_for desc, p.id desc"
                : inNoOrder ? "" : " order by " + alias + ".created_at desc, " + alias + ".id desc";
        if (dialect == TextQuery.Dialect.H2) {
            List<Object> arguments = new ArrayList<>();
            String where = where(kind, sql, themeGroupIds, moderatedGroupIds, outcome, arguments);
            return decidedInJava(kind, query, where, arguments, candidateOrder, order, limit);
        }
        // Taken in no order, the same candidates every time: a table scan starts at the table's
        // beginning, not where another scan of it happens to be (synchronized scans), and no
        // parallel workers mix their rows. (Through the GIN index instead, two very common words
        // took 77 ms against 25.)
        jdbc.execute(
                inNoOrder
                        ? TextQuery.PLAN_EACH_SEARCH
                                + "; set local synchronize_seqscans = off; set local max_parallel_workers_per_gather = 0"
                        : TextQuery.PLAN_EACH_SEARCH);
        List<Object> arguments = new ArrayList<>(sql.rankArguments());
        String where = where(kind, sql, themeGroupIds, moderatedGroupIds, outcome, arguments);
        // The candidates: ids, score and the order's keys, through an index in a cheap order, at
        // most CANDIDATES + 1; counted and cut to the page before any text is read.
        String candidates = "select " + alias + ".id, " + sql.rank() + " as score, "
                + alias + ".created_at, p.votes_for as support, " + hidden(kind) + " as hidden" + from(kind)
                + (kind == Kind.PROPOSAL ? ProposalSearchVectors.join("p", dialect) : "")
                + where + candidateOrder
                + " fetch first " + (CANDIDATES + 1) + " rows only";
        String best = "select counted.* from (select candidate.*, count(*) over () as matches from (" + candidates
                + ") candidate) counted" + orderBy(order, "") + " fetch first ? rows only";
        String select = "select best.id, " + hitColumns(kind)
                + ", best.created_at, best.support, best.score, best.matches, best.hidden from (" + best + ") best"
                + (kind == Kind.PROPOSAL
                        ? " join proposal p on p.id = best.id left join proposal_response r on r.proposal_id = p.id"
                        : " join proposal_comment c on c.id = best.id join proposal p on p.id = c.proposal_id"
                                + " left join proposal_response r on r.proposal_id = p.id");
        arguments.add(limit);
        List<Hit> hits = new ArrayList<>();
        int[] matches = {0};
        jdbc.query(
                select + orderBy(order, "best."),
                row -> {
                    matches[0] = row.getInt("matches");
                    hits.add(hit(
                            kind,
                            row,
                            new Candidate(
                                    row.getLong("id"),
                                    row.getDouble("score") * weight(kind),
                                    row.getTimestamp("created_at").toInstant(),
                                    row.getInt("support"),
                                    row.getBoolean("hidden"))));
                },
                arguments.toArray());
        return new Top(hits, matches[0]);
    }

    /** A match before its text is read: what orders it. */
    private record Candidate(long id, double score, Instant createdAt, int support, boolean hidden) {}

    /** Comments weigh less than proposals in one ranking. */
    private static double weight(Kind kind) {
        return kind == Kind.COMMENT ? 0.6 : 1.0;
    }

    /** How many ids are read with their terms at once on H2, in the candidates' order. */
    private static final int TERMS_CHUNK = 200;

    /**
     * On H2: the same candidates as on PostgreSQL, decided by their terms in Java. The matching
     * ids (narrowed by the terms index) come in the cheap order; their terms are read in chunks
     * in that order until {@link #CANDIDATES} plus one match ({@link TextQuery#matches}, positions
     * included); those are scored ({@link TextQuery#score}, the score drafts and consultations
     * get too), ordered, and only the page's texts read.
     */
    private Top decidedInJava(
            Kind kind,
            TextQuery query,
            String where,
            List<Object> arguments,
            String candidateOrder,
            Order order,
            int limit) {
        String alias = kind == Kind.PROPOSAL ? "p" : "c";
        List<Long> ordered = jdbc.queryForList(
                "select " + alias + ".id" + from(kind) + where + candidateOrder, Long.class, arguments.toArray());
        List<Candidate> candidates = new ArrayList<>();
        for (int from = 0; from < ordered.size() && candidates.size() <= CANDIDATES; from += TERMS_CHUNK) {
            List<Long> chunk = ordered.subList(from, Math.min(ordered.size(), from + TERMS_CHUNK));
            Map<Long, Candidate> decided = new HashMap<>();
            jdbc.query(
                    "select " + alias + ".id, " + alias + ".search_terms, " + alias + ".created_at, p.votes_for,"
                            + hidden(kind) + " as hidden" + from(kind) + " where " + alias + ".id in (" + ids(chunk)
                            + ")",
                    row -> {
                        String terms = row.getString(2);
                        if (query.matches(terms)) {
                            decided.put(
                                    row.getLong(1),
                                    new Candidate(
                                            row.getLong(1),
                                            query.score(terms) * weight(kind),
                                            row.getTimestamp(3).toInstant(),
                                            row.getInt(4),
                                            row.getBoolean(5)));
                        }
                    });
            for (Long id : chunk) {
                Candidate candidate = decided.get(id);
                if (candidate != null && candidates.size() <= CANDIDATES) {
                    candidates.add(candidate);
                }
            }
        }
        List<Candidate> page =
                candidates.stream().sorted(inOrder(order)).limit(limit).toList();
        if (page.isEmpty()) {
            return new Top(List.of(), candidates.size());
        }
        Map<Long, Candidate> byId = new HashMap<>();
        page.forEach(candidate -> byId.put(candidate.id(), candidate));
        Map<Long, Hit> hits = new HashMap<>();
        String texts = "select " + alias + ".id, " + hitColumns(kind) + from(kind) + " where " + alias + ".id in ("
                + ids(byId.keySet()) + ")";
        jdbc.query(texts, row -> {
            long id = row.getLong("id");
            hits.put(id, hit(kind, row, byId.get(id)));
        });
        return new Top(
                page.stream()
                        .map(candidate -> hits.get(candidate.id()))
                        .filter(Objects::nonNull)
                        .toList(),
                candidates.size());
    }

    /** The order of hits in Java, as {@link #orderBy} orders them in SQL. */
    private static Comparator<Candidate> inOrder(Order order) {
        Comparator<Candidate> newest = Comparator.comparing(Candidate::createdAt)
                .thenComparingLong(Candidate::id)
                .reversed();
        return switch (order) {
            case RELEVANCE ->
                Comparator.comparingDouble(Candidate::score).reversed().thenComparing(newest);
            case NEWEST -> newest;
            case MOST_SUPPORTED ->
                Comparator.comparingInt(Candidate::support)
                        .thenComparingDouble(Candidate::score)
                        .thenComparingLong(Candidate::id)
                        .reversed();
        };
    }

    /** What a hit shows besides its candidate's keys, read for the page's hits only. */
    private static String hitColumns(Kind kind) {
        return "p.id as proposal_id, p.theme_group_id, p.title, " + (kind == Kind.PROPOSAL ? "p.body_html" : "c.body")
                + " as text, r.outcome";
    }

    private static Hit hit(Kind kind, java.sql.ResultSet row, Candidate candidate) throws java.sql.SQLException {
        String text = row.getString("text");
        return new Hit(
                kind,
                candidate.id(),
                row.getLong("proposal_id"),
                row.getLong("theme_group_id"),
                row.getString("title"),
                kind == Kind.PROPOSAL ? RichText.plainText(text) : text,
                candidate.createdAt(),
                candidate.support(),
                row.getString("outcome"),
                candidate.score(),
                candidate.hidden());
    }

    /** Ids as an SQL list. */
    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The order of the hits, over columns of the given prefix. */
    private static String orderBy(Order order, String prefix) {
        return switch (order) {
            case RELEVANCE ->
                " order by " + prefix + "score desc, " + prefix + "created_at desc, " + prefix + "id desc";
            case NEWEST -> " order by " + prefix + "created_at desc, " + prefix + "id desc";
            case MOST_SUPPORTED ->
                " order by " + prefix + "support desc, " + prefix + "score desc, " + prefix + "id desc";
        };
    }

    private static String from(Kind kind) {
        return kind == Kind.PROPOSAL
                ? " from proposal p left join proposal_response r on r.proposal_id = p.id"
                : " from proposal_comment c join proposal p on p.id = c.proposal_id"
                        + " left join proposal_response r on r.proposal_id = p.id";
    }

    /** Whether the hit is hidden from the public (its proposal, or the comment itself). */
    private static String hidden(Kind kind) {
        String hidden =
                "not (" + visibleProposal("p") + (kind == Kind.COMMENT ? " and " + notHiddenComment("c") : "") + ")";
        return "case when " + hidden + " then true else false end";
    }

    private static String where(
            Kind kind,
            TextQuery.Sql sql,
            @Nullable Collection<Long> themeGroupIds,
            Collection<Long> moderatedGroupIds,
            @Nullable String outcome,
            List<Object> arguments) {
        String visible =
                kind == Kind.PROPOSAL ? visibleProposal("p") : visibleProposal("p") + " and " + visibleComment("c");
        if (!moderatedGroupIds.isEmpty()) {
            // Moderators see their groups' hidden content; what an author deleted stays deleted.
            visible = "(" + visible + " or (p.theme_group_id in (" + ids(moderatedGroupIds) + ")"
                    + (kind == Kind.COMMENT ? " and " + notDeletedComment("c") : "") + "))";
        }
        StringBuilder where = new StringBuilder(" where "
                + (themeGroupIds == null ? "" : "p.theme_group_id in (" + ids(themeGroupIds) + ") and ") + visible);
        where.append(" and ").append(sql.condition());
        arguments.addAll(sql.conditionArguments());
        if ("UNANSWERED".equals(outcome)) {
            where.append(" and r.outcome is null");
        } else if (outcome != null) {
            where.append(" and r.outcome = ?");
            arguments.add(outcome);
        }
        return where.toString();
    }
}
