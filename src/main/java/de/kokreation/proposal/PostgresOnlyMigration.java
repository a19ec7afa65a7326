package de.kokreation.proposal;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

/**
 * A Java migration that changes only PostgreSQL (types and triggers H2 does not have); on H2 it
 * is recorded and does nothing. Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
abstract class PostgresOnlyMigration implements JavaMigration {

    private final String version;
    private final String description;

    PostgresOnlyMigration(String version, String description) {
        this.version = version;
        this.description = description;
    }

    /** The statements, run in the migration's transaction on PostgreSQL only. */
    abstract void migratePostgres(Statement statement) throws Exception;

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final @Nullable Integer getChecksum() {
        return 1;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public final void migrate(Context context) throws Exception {
        String database = context.getConnection().getMetaData().getDatabaseProductName();
        if (!database.toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            migratePostgres(statement);
        }
    }
}
