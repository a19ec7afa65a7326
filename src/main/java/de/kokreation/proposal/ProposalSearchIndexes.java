package de.kokreation.proposal;

import de.kokreation.shared.search.TextQuery;
import java.sql.Statement;
import org.springframework.stereotype.Component;

/**
 * Migration 10.1: on PostgreSQL, the search terms of proposals and comments also as a stored
 * {@code tsvector} ({@code search_vector}, set from {@code search_terms} by a trigger whenever they
 * are written, so it never differs) with a GIN index; the searches match and rank on it without
 * parsing the text per row.
 * H2 has no such type: there a Lucene index of the terms ({@code TermsIndex}) narrows and Java decides
 * ({@code TextQuery.matches}), so nothing is created.
 */
@Component
class ProposalSearchIndexes extends OneDatabaseMigration {

    ProposalSearchIndexes() {
        super(TextQuery.Dialect.POSTGRESQL, "10.1", "search indexes on PostgreSQL");
    }

    @Override
    void migrateOnly(Statement statement) throws Exception {
        statement.execute("create function search_vector_of_terms() returns trigger language plpgsql as $$"
                + " begin new.search_vector := cast(new.search_terms as tsvector); return new; end $$");
        for (String table : new String[] {"proposal", "proposal_comment"}) {
            statement.execute("alter table " + table + " add column search_vector tsvector");
            statement.execute("update " + table + " set search_vector = cast(search_terms as tsvector)");
            // Only when the terms are written: a vote's counter update must not parse them again
            // (a generated column is computed again on every update, which halved the votes/s).
            statement.execute("create trigger " + table + "_search_vector before insert or update of search_terms on "
                    + table + " for each row execute function search_vector_of_terms()");
            statement.execute("create index ix_" + table + "_search on " + table + " using gin (search_vector)");
        }
    }
}
