package de.kokreation.proposal.reads;

import static de.kokreation.proposal.reads.ProposalVisibility.visibleProposal;

import de.kokreation.proposal.textindex.TextConditions;
import de.kokreation.shared.search.DocumentFrequencies;
import de.kokreation.shared.search.TermBag;
import de.kokreation.shared.search.TextQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Visible proposals that ask for the same thing as a text: found through the text's most telling
 * terms (the GIN index on PostgreSQL, the Lucene index of the terms on H2), at most {@link #CANDIDATES}
 * of them, then compared term by term ({@link TermBag#similarity}), each shared term weighed by
 * how rare it is in the consultation. Two proposals that share only common words ("Daten",
 * "öffnen") are not similar; two that share their rare words are, in whatever form or synonym.
 * Callers hold a transaction.
 */
@Component
public class SimilarProposalSearch {

    /** How many proposals found through the telling terms are compared at most. */
    static final int CANDIDATES = 200;

    /** How many of the text's terms find the candidates. */
    static final int FINDING_TERMS = 12;

    /** Up to this many expected matches, all are ranked by the database; beyond, see {@link #like}. */
    static final int RANKED_MATCHES = 3_000;

    /** Terms held by more than this share of the proposals find too many to compare. */
    static final double COMMON_SHARE = 0.05;

    /** A proposal like the text, and how alike (0 to 1). */
    public record Similar(long proposalId, long themeGroupId, double similarity) {}

    private final JdbcTemplate jdbc;
    private final TextQuery.Dialect dialect;
    private final ProposalTermStatistics statistics;

    private final TextConditions conditions;

    SimilarProposalSearch(DataSource dataSource, ProposalTermStatistics statistics, TextConditions conditions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dialect = conditions.dialect();
        this.statistics = statistics;
        this.conditions = conditions;
    }

    /**
     * The visible proposals of the theme groups most like the text, at least {@code minimum}
     * alike, the most alike first (ties by id, so every caller sees the same), at most
     * {@code limit}, leaving out {@code except}.
     */
    public List<Similar> like(
            TermBag text, Collection<Long> themeGroupIds, @Nullable Long except, double minimum, int limit) {
        if (text.isEmpty() || themeGroupIds.isEmpty()) {
            return List.of();
        }
        DocumentFrequencies frequencies = statistics.of(themeGroupIds);
        List<String> finding = text.mostTelling(FINDING_TERMS, frequencies, COMMON_SHARE);
        long expected = finding.stream().mapToLong(frequencies::count).sum();
        // Rare words find few texts: all of them are ranked, the best compared. A text of only
        // common words would find most of the consultation: then texts holding its two most
        // telling words together, walked in the order of support until enough are found.
        boolean rare = expected <= RANKED_MATCHES;
        TextQuery.Sql sql = rare
                ? conditions.anyOf(finding, "p", ProposalSearchVectors.COLUMN)
                : conditions.allOf(finding.subList(0, Math.min(2, finding.size())), "p", ProposalSearchVectors.COLUMN);
        List<Object> arguments = new ArrayList<>(sql.conditionArguments());
        String where = " where p.theme_group_id in ("
                + themeGroupIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ") and "
                + visibleProposal("p") + " and " + sql.condition();
        if (except != null) {
            where += " and p.id <> ?";
            arguments.add(except);
        }
        String select = "select p.id, p.theme_group_id, p.search_terms from proposal p"
                + ProposalSearchVectors.join("p", dialect) + where;
        if (dialect == TextQuery.Dialect.POSTGRESQL) {
            jdbc.execute(TextQuery.PLAN_EACH_SEARCH);
        }
        if (!rare) {
            select += " order by p.votes_for desc, p.id desc fetch first " + CANDIDATES + " rows only";
        } else if (dialect == TextQuery.Dialect.POSTGRESQL) {
            select += " order by " + sql.rank() + " desc, p.id fetch first " + CANDIDATES + " rows only";
            arguments.addAll(sql.rankArguments());
        }
        // On H2 the few texts of rare words are all compared: it cannot rank them in SQL.
        List<Similar> similar = new ArrayList<>();
        jdbc.query(
                select,
                row -> {
                    double similarity = text.similarity(TermBag.ofStored(row.getString("search_terms")), frequencies);
                    if (similarity >= minimum) {
                        similar.add(new Similar(row.getLong("id"), row.getLong("theme_group_id"), similarity));
                    }
                },
                arguments.toArray());
        return similar.stream()
                .sorted(Comparator.comparingDouble(Similar::similarity)
                        .reversed()
                        .thenComparingLong(Similar::proposalId))
                .limit(limit)
                .toList();
    }
}
