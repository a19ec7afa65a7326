package de.kokreation.proposal;

import de.kokreation.proposal.reads.ProposalSearchVectors;
import de.kokreation.proposal.reads.ProposalTermStatistics;
import de.kokreation.proposal.textindex.TermsIndex;
import de.kokreation.proposal.textindex.TextConditions;
import de.kokreation.shared.search.TextQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ids of one page of a theme group's visible proposals filtered by a search of title and
 * text and by outcome, and their number. The unfiltered list takes the faster path through the
 * sort index alone ({@link ProposalRepository#findPageIds}).
 *
 * <p>A search is the database's own: on PostgreSQL a full-text condition over the stored terms
 * (GIN index) ranked by {@code ts_rank}, paged in the database; on the embedded H2 the Lucene
 * index of the terms narrows the rows ({@link TextConditions}) and {@link TextQuery#matches}
 * decides, so both find the same proposals.
 */
@Component
class FilteredProposalLists {

    private final JdbcTemplate jdbc;
    private final TextQuery.Dialect dialect;
    private final ProposalTermStatistics statistics;
    private final TextConditions conditions;

    FilteredProposalLists(DataSource dataSource, ProposalTermStatistics statistics, TextConditions conditions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.statistics = statistics;
        this.conditions = conditions;
        this.dialect = conditions.dialect();
    }

    List<Long> pageIds(long themeGroupId, ProposalQuery query, long offset, int size) {
        TextQuery text = query.textQuery(statistics.vocabulary());
        if (!query.search().isEmpty() && text.isEmpty()) {
            return List.of();
        }
        if (!query.search().isEmpty() && dialect == TextQuery.Dialect.H2) {
            List<Long> all = matchingIds(themeGroupId, query, text);
            int from = (int) Math.min(offset, all.size());
            return all.subList(from, Math.min(all.size(), from + size));
        }
        List<Object> arguments = new ArrayList<>();
        String where = where(themeGroupId, query, text, arguments);
        String order = order(query, text, arguments);
        arguments.add(offset);
        arguments.add(size);
        return jdbc.queryForList(
                "select p.id from proposal p" + vectorJoin(query) + where + " order by " + order
                        + " offset ? rows fetch next ? rows only",
                Long.class,
                arguments.toArray());
    }

    long count(long themeGroupId, ProposalQuery query) {
        TextQuery text = query.textQuery(statistics.vocabulary());
        if (!query.search().isEmpty() && text.isEmpty()) {
            return 0;
        }
        if (!query.search().isEmpty() && dialect == TextQuery.Dialect.H2) {
            return matchingIds(themeGroupId, query, text).size();
        }
        List<Object> arguments = new ArrayList<>();
        Long count = jdbc.queryForObject(
                "select count(*) from proposal p" + vectorJoin(query) + where(themeGroupId, query, text, arguments),
                Long.class,
                arguments.toArray());
        return count == null ? 0 : count;
    }

    /** On H2: every match in order; the condition narrows by text, the terms decide. */
    private List<Long> matchingIds(long themeGroupId, ProposalQuery query, TextQuery text) {
        List<Object> arguments = new ArrayList<>();
        String where = where(themeGroupId, query, text, arguments);
        String order = order(query, text, arguments);
        List<Long> ids = new ArrayList<>();
        jdbc.query(
                "select p.id, p.search_terms from proposal p" + where + " order by " + order,
                row -> {
                    if (text.matches(row.getString(2))) {
                        ids.add(row.getLong(1));
                    }
                },
                arguments.toArray());
        return ids;
    }

    private String vectorJoin(ProposalQuery query) {
        return query.search().isEmpty() ? "" : ProposalSearchVectors.join("p", dialect);
    }

    private String where(long themeGroupId, ProposalQuery query, TextQuery text, List<Object> arguments) {
        StringBuilder where = new StringBuilder(" where p.theme_group_id = ? and p.hidden = false");
        arguments.add(themeGroupId);
        if (!query.search().isEmpty()) {
            if (dialect == TextQuery.Dialect.POSTGRESQL) {
                jdbc.execute(TextQuery.PLAN_EACH_SEARCH);
            }
            TextQuery.Sql sql = conditions.matching(text, TermsIndex.Table.PROPOSAL, "p", ProposalSearchVectors.COLUMN);
            where.append(" and ").append(sql.condition());
            arguments.addAll(sql.conditionArguments());
        }
        switch (query.outcome()) {
            case ALL -> {}
            case UNANSWERED ->
                where.append(" and not exists (select 1 from proposal_response r where r.proposal_id = p.id)");
            default -> {
                where.append(
                        " and exists (select 1 from proposal_response r where r.proposal_id = p.id and r.outcome = ?)");
                arguments.add(Objects.requireNonNull(query.outcome().outcome()).name());
            }
        }
        return where.toString();
    }

    /** The order: by relevance first when a search is ranked so, then by the sort's index order. */
    private String order(ProposalQuery query, TextQuery text, List<Object> arguments) {
        if (query.sort() == ProposalSort.RELEVANCE && !query.search().isEmpty()) {
            TextQuery.Sql sql = text.sql("p.search_terms", ProposalSearchVectors.COLUMN, dialect);
            arguments.addAll(sql.rankArguments());
            return sql.rank() + " desc, " + query.sort().sqlOrder();
        }
        return query.sort().sqlOrder();
    }
}
