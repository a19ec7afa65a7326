package de.kokreation.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Queries run alongside one another (a report's or a dashboard's aggregates on virtual threads):
 * their results, or the exception a query ended with as it was thrown, not wrapped, so that a
 * refusal still reaches the user as the message it carries.
 */
public final class SideQueries {

    private SideQueries() {}

    /** The result of a query run alongside, or the exception it ended with. */
    public static <T> T await(CompletableFuture<T> query) {
        try {
            return query.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
