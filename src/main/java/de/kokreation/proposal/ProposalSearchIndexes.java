package de.kokreation.proposal;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Migration 10.1: on PostgreSQL, GIN indexes over the search terms of proposals and comments read
 * as {@code tsvector}, which the searches' conditions use. H2 has no such type: there the search
 * narrows by the terms' text and decides in Java ({@code TextQuery.matches}), so nothing is
 * created. Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class ProposalSearchIndexes implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10.1");
    }

    @Override
    public String getDescription() {
        return "search indexes on PostgreSQL";
    }

    @Override
    public @Nullable Integer getChecksum() {
        return 1;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName();
        if (!database.toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create index ix_proposal_search on proposal using gin (cast(search_terms as tsvector))");
            statement.execute("create index ix_comment_search on proposal_comment"
                    + " using gin (cast(search_terms as tsvector))");
        }
    }
}
