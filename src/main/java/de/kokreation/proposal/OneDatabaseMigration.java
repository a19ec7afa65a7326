package de.kokreation.proposal;

import de.kokreation.shared.search.TextQuery;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

/**
 * A Java migration that changes only one of the databases (types, triggers and functions the
 * other does not have); on the other it is recorded and does nothing. Spring Boot hands every
 * {@link JavaMigration} bean to Flyway.
 */
abstract class OneDatabaseMigration implements JavaMigration {

    private final TextQuery.Dialect only;
    private final String version;
    private final String description;

    OneDatabaseMigration(TextQuery.Dialect only, String version, String description) {
        this.only = only;
        this.version = version;
        this.description = description;
    }

    /** The statements, run in the migration's transaction on that database only. */
    abstract void migrateOnly(Statement statement) throws Exception;

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
        boolean postgres = database.toLowerCase(Locale.ROOT).contains("postgres");
        if (postgres != (only == TextQuery.Dialect.POSTGRESQL)) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            migrateOnly(statement);
        }
    }
}
