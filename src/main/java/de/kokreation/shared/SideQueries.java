package de.kokreation.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Queries run alongside one another (a report's or a dashboard's aggregates), each on a virtual
 * thread and a connection of its own. How many at once follows the connection pool: a fifth of it,
 * at least one, at most {@link #MOST}, so that two reports and a dashboard count leave connections
 * for the pages (with HikariCP's default of 10: two at once; with 20: three).
 */
@Component
public class SideQueries {

    static final int MOST = 3;

    private static final int POOL_UNKNOWN = 10;

    private final int atOnce;

    SideQueries(DataSource dataSource) {
        this.atOnce = atOnce(poolSize(dataSource));
    }

    /** Side queries at once for a pool of {@code poolSize} connections. */
    static int atOnce(int poolSize) {
        return Math.clamp(poolSize / 5, 1, MOST);
    }

    /** How many side queries run at once on this node. */
    public int atOnce() {
        return atOnce;
    }

    /** A runner for one piece of work's side queries; close it when the work is done. */
    public ExecutorService executor() {
        return Executors.newFixedThreadPool(atOnce, Thread.ofVirtual().factory());
    }

    /** The result of a query run alongside, or the exception (or error) it ended with, as it was thrown. */
    public static <T> T await(CompletableFuture<T> query) {
        try {
            return query.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static int poolSize(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            }
        } catch (SQLException unknown) {
            // another pool: assume HikariCP's default
        }
        return POOL_UNKNOWN;
    }
}
