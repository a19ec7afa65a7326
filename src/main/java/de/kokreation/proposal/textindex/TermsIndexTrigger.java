package de.kokreation.proposal.textindex;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * On H2: hands every write of a proposal's or comment's stored terms to the {@link TermsIndex} of
 * its database, whatever code wrote them. Made by H2 (by its class name, in the migration that
 * creates the triggers), not by Spring, so it finds the index by the database's name. A write that
 * leaves the terms as they were (a vote's counter, a hidden flag) is passed over.
 */
public class TermsIndexTrigger implements Trigger {

    private @Nullable String database;
    private TermsIndex.@Nullable Table table;
    private int idColumn = -1;
    private int termsColumn = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String tableName, boolean before, int type)
            throws SQLException {
        database = TermsIndex.h2Database(connection);
        table = TermsIndex.Table.named(tableName);
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, tableName, null)) {
            while (columns.next()) {
                String column = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                int index = columns.getInt("ORDINAL_POSITION") - 1;
                if (column.equals("id")) {
                    idColumn = index;
                } else if (column.equals("search_terms")) {
                    termsColumn = index;
                }
            }
        }
        if (table == null || idColumn < 0 || termsColumn < 0) {
            throw new SQLException("The terms index trigger does not fit table " + tableName);
        }
    }

    @Override
    public void fire(Connection connection, Object @Nullable [] before, Object @Nullable [] after) {
        if (after == null || database == null || table == null) {
            // A deleted row's entry stays until the next start: the index may name too many rows.
            return;
        }
        String terms = (String) after[termsColumn];
        String earlier = before == null ? null : (String) before[termsColumn];
        if (before != null && Objects.equals(earlier, terms)) {
            return;
        }
        TermsIndex.written(database, table, ((Number) after[idColumn]).longValue(), terms);
    }
}
