package de.kokreation.proposal;

import de.kokreation.proposal.textindex.TermsIndexTrigger;
import de.kokreation.shared.search.TextQuery;
import java.sql.Statement;
import org.springframework.stereotype.Component;

/**
 * Migration 15.1: on H2, triggers that hand every write of a proposal's or comment's search terms
 * to the in-process Lucene index of the terms ({@code TermsIndex}), so it is current whatever code
 * writes them. PostgreSQL keeps its own indexes.
 */
@Component
class TermsIndexTriggers extends OneDatabaseMigration {

    TermsIndexTriggers() {
        super(TextQuery.Dialect.H2, "15.1", "terms index triggers on H2");
    }

    @Override
    void migrateOnly(Statement statement) throws Exception {
        for (String table : new String[] {"proposal", "proposal_comment"}) {
            statement.execute("create trigger " + table + "_terms_index after insert, update on " + table
                    + " for each row call '" + TermsIndexTrigger.class.getName() + "'");
        }
    }
}
