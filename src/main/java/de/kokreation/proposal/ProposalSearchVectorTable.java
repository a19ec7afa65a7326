package de.kokreation.proposal;

import de.kokreation.shared.search.TextQuery;
import java.sql.Statement;
import org.springframework.stereotype.Component;

/**
 * Migration 12.1: on PostgreSQL, the proposals' search vectors move out of the proposal's row
 * into {@code proposal_search_vector}, kept by a trigger whenever a proposal's terms are written.
 * A vote updates the proposal's counter; with the vector and its GIN index in the same row, every
 * such update inserted all of the proposal's words into the GIN index again (see
 * {@code ProposalSearchVectors}). Comments keep theirs: nothing counts on a comment's row. Nothing
 * to do on H2, which has no vectors.
 */
@Component
class ProposalSearchVectorTable extends OneDatabaseMigration {

    ProposalSearchVectorTable() {
        super(TextQuery.Dialect.POSTGRESQL, "12.1", "proposal search vectors beside the proposals on PostgreSQL");
    }

    @Override
    void migrateOnly(Statement statement) throws Exception {
        statement.execute("create table proposal_search_vector ("
                + " proposal_id bigint primary key references proposal (id) on delete cascade,"
                + " search_vector tsvector not null)");
        statement.execute("insert into proposal_search_vector (proposal_id, search_vector)"
                + " select id, search_vector from proposal where search_vector is not null");
        statement.execute("drop trigger proposal_search_vector on proposal");
        statement.execute("alter table proposal drop column search_vector");
        statement.execute("create function proposal_search_vector_of_terms() returns trigger language plpgsql as $$"
                + " begin"
                + " insert into proposal_search_vector (proposal_id, search_vector)"
                + " values (new.id, cast(coalesce(new.search_terms, '') as tsvector))"
                + " on conflict (proposal_id) do update set search_vector = excluded.search_vector;"
                + " return null;"
                + " end $$");
        // Only when the terms are written: a vote's counter update leaves the vectors alone.
        statement.execute("create trigger proposal_search_vector after insert or update of search_terms on proposal"
                + " for each row execute function proposal_search_vector_of_terms()");
        statement.execute("create index ix_proposal_search_vector on proposal_search_vector using gin (search_vector)");
    }
}
