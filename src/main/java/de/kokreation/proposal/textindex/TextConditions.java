package de.kokreation.proposal.textindex;

import de.kokreation.shared.search.TextQuery;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.lucene.search.Query;
import org.springframework.stereotype.Component;

/**
 * The condition that narrows a table's rows to those whose stored terms may match, and their
 * rank, for the database at hand: on PostgreSQL over the terms' vector (GIN index); on H2 the ids
 * the {@link TermsIndex} names (or, until it is made or when it names too many, the terms' text), after which the caller
 * decides by each row's terms ({@code TextQuery#matches}).
 */
@Component
public class TextConditions {

    /** Beyond this many ids the index narrows too little to be worth listing them in the statement. */
    static final int MAX_LISTED_IDS = 20_000;

    private final TextQuery.Dialect dialect;
    private final TermsIndex index;

    TextConditions(DataSource dataSource, TermsIndex index) {
        this.dialect = TextQuery.Dialect.of(dataSource);
        this.index = index;
    }

    /** The database the conditions are written for. */
    public TextQuery.Dialect dialect() {
        return dialect;
    }

    /** That the rows of the table under {@code alias} match the query; the vector column as joined. */
    public TextQuery.Sql matching(TextQuery query, TermsIndex.Table table, String alias, String vectorColumn) {
        return narrowed(
                query.sql(alias + ".search_terms", vectorColumn, dialect),
                table,
                alias,
                () -> query.narrowing(TermsIndex.TERM, TermsIndex.PAIR),
                false);
    }

    /** That proposals under {@code alias} hold any of the terms (see {@link TextQuery#anyOf}). */
    public TextQuery.Sql anyOf(List<String> terms, String alias, String vectorColumn) {
        return narrowed(
                TextQuery.anyOf(terms, alias + ".search_terms", vectorColumn, dialect),
                TermsIndex.Table.PROPOSAL,
                alias,
                () -> TextQuery.anyOfNarrowing(terms, TermsIndex.TERM),
                true);
    }

    /** That proposals under {@code alias} hold all of the terms (see {@link TextQuery#allOf}). */
    public TextQuery.Sql allOf(List<String> terms, String alias, String vectorColumn) {
        return narrowed(
                TextQuery.allOf(terms, alias + ".search_terms", vectorColumn, dialect),
                TermsIndex.Table.PROPOSAL,
                alias,
                () -> TextQuery.allOfNarrowing(terms, TermsIndex.TERM),
                true);
    }

    /**
     * The index's ids as the condition; {@code exact}: together with the terms' condition, for
     * callers that cut the rows in SQL before they decide (the index also names rows by terms
     * they held before an edit, which must not take a limited query's places). Callers that
     * decide every row by its terms first need no more than the ids.
     */
    private TextQuery.Sql narrowed(
            TextQuery.Sql sql, TermsIndex.Table table, String alias, Supplier<Query> narrowing, boolean exact) {
        if (dialect == TextQuery.Dialect.POSTGRESQL) {
            return sql;
        }
        long[] ids = index.ids(table, narrowing.get());
        if (ids == null || ids.length > MAX_LISTED_IDS) {
            // Not made yet; or so many that reading the terms' text of every row costs no more.
            return sql;
        }
        if (ids.length == 0) {
            return new TextQuery.Sql("1 = 0", List.of(), sql.rank(), sql.rankArguments());
        }
        // Listed, not bound as an array: H2 checks a list of constants against a hash set, and
        // an array parameter element by element for every row it reads (10,000 ids made a search
        // of 34,000 comments take half a second). The ids are numbers from the index, never input.
        String listed =
                alias + ".id in (" + Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(",")) + ")";
        return new TextQuery.Sql(
                exact ? "(" + listed + " and " + sql.condition() + ")" : listed,
                exact ? sql.conditionArguments() : List.of(),
                sql.rank(),
                sql.rankArguments());
    }
}
