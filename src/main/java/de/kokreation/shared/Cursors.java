package de.kokreation.shared;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Collections;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;

/**
 * Reading many rows without holding them: a {@link JdbcTemplate} with a fetch size (PostgreSQL
 * then hands out rows in batches instead of loading the whole result, but only inside a
 * transaction) and statements whose results come in binary.
 */
public final class Cursors {

    private Cursors() {}

    /** A template of its own whose queries fetch {@code fetchSize} rows at a time. */
    public static JdbcTemplate fetching(DataSource dataSource, int fetchSize) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.setFetchSize(fetchSize);
        return jdbc;
    }

    /**
     * A statement prepared on the server at once. PostgreSQL's driver receives results as text
     * until a statement has run five times; a bulk read runs each statement once, and numbers and
     * timestamps in binary are cheaper to decode for a million rows. Other databases are left as
     * they are.
     */
    public static PreparedStatementCreator binary(String sql, Object... arguments) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            if (statement.isWrapperFor(PGStatement.class)) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            }
            for (int i = 0; i < arguments.length; i++) {
                statement.setObject(i + 1, arguments[i]);
            }
            return statement;
        };
    }

    /** {@code ?, ?, ?} for a list of {@code count} parameters. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /**
     * A statement whose one parameter is an array of ids, for {@code where id = any(?)}: one
     * statement whatever the number of ids (no list of placeholders to parse and plan anew, no
     * limit on the number of parameters).
     */
    /**
     * Appends every column of the current row to a digest, times as instants: the same on every
     * node whatever its time zone (PostgreSQL's driver would print a timestamp in the JVM's zone).
     */
    public static void digest(java.sql.ResultSet row, StringBuilder digest) throws java.sql.SQLException {
        int columns = row.getMetaData().getColumnCount();
        for (int column = 1; column <= columns; column++) {
            Object value = row.getObject(column);
            if (value instanceof java.sql.Timestamp timestamp) {
                value = timestamp.toInstant();
            } else if (value instanceof java.time.OffsetDateTime time) {
                value = time.toInstant();
            }
            digest.append(value).append('|');
        }
    }

    public static PreparedStatementCreator withIds(String sql, Collection<Long> ids) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.setArray(1, connection.createArrayOf("BIGINT", ids.toArray(Long[]::new)));
            return statement;
        };
    }
}
