package de.kokreation.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * Inserts rows into one table for seed writers (demo data, the benchmark's generator): in JDBC
 * batches of a given size, or one by one answering the generated id. Only the module that owns
 * the table creates one, with the table's name and columns; the rows' values come in the order of
 * the columns. Values may be {@code null}; dates go in as {@code OffsetDateTime}, {@code LocalDate}
 * or {@code Timestamp}.
 */
public final class SeedTable implements AutoCloseable {

    private final Connection connection;
    private final String sql;
    private final int batchSize;
    private @Nullable PreparedStatement batch;
    private int pending;

    public SeedTable(Connection connection, String table, int batchSize, String... columns) {
        this.connection = connection;
        this.sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
        this.batchSize = batchSize;
    }

    /** Adds a row to the batch; the batch goes to the database when it is full, at {@link #flush()} or at the close. */
    public void add(@Nullable Object... values) throws SQLException {
        if (batch == null) {
            batch = connection.prepareStatement(sql);
        }
        bind(batch, values);
        batch.addBatch();
        if (++pending >= batchSize) {
            flush();
        }
    }

    /** Inserts one row at once (the batch stays as it is) and answers its generated {@code id}. */
    public long insert(@Nullable Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            bind(statement, values);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public void flush() throws SQLException {
        if (batch != null && pending > 0) {
            batch.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            if (batch != null) {
                batch.close();
            }
        }
    }

    private static void bind(PreparedStatement statement, @Nullable Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, values[i]);
        }
    }

    /**
     * Lets the table's identity column continue after the highest id, so that the application's
     * own inserts do not collide with rows seeded with explicit ids.
     */
    public static void continueIdentity(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement()) {
            long next;
            try (ResultSet result = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
                result.next();
                next = result.getLong(1);
            }
            statement.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    /** The columns with {@code id} in front, for a table written with explicit ids. */
    public static String[] withId(String... columns) {
        String[] all = new String[columns.length + 1];
        all[0] = "id";
        System.arraycopy(columns, 0, all, 1, columns.length);
        return all;
    }

    /** The values with the id in front, in the order of {@link #withId}. */
    public static @Nullable Object[] withId(long id, @Nullable Object[] values) {
        Object[] all = new Object[values.length + 1];
        all[0] = id;
        System.arraycopy(values, 0, all, 1, values.length);
        return all;
    }
}
