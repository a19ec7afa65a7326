package de.kokreation.shared;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A random secret of the installation, created on first use and kept in its owner's one-row table
 * ({@code id = 1}, {@code secret} as hex), so that it survives restarts and is the same on every
 * node: the first node to insert it wins, the others read theirs. The owning module names its
 * table; this class only knows the shape of such a table.
 */
public final class StoredSecret {

    private static final int KEY_BYTES = 32;

    private final JdbcTemplate jdbc;
    private final String table;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random = new SecureRandom();
    private volatile byte @Nullable [] key;

    public StoredSecret(JdbcTemplate jdbc, PlatformTransactionManager transactions, String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        this.jdbc = jdbc;
        this.table = table;
        // Its own transaction: callers may run read-only, and a failed insert must not spoil theirs.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public byte[] get() {
        byte[] known = key;
        if (known == null) {
            known = loadOrCreate();
            key = known;
        }
        return known;
    }

    private byte[] loadOrCreate() {
        String secret = read();
        if (secret == null) {
            try {
                ownTransaction.executeWithoutResult(
                        status -> jdbc.update("insert into " + table + " (id, secret) values (1, ?)", newSecret()));
            } catch (DuplicateKeyException anotherNodeWasFaster) {
                // Another thread or node created the secret at the same moment: theirs counts.
            }
            secret = read();
            if (secret == null) {
                throw new IllegalStateException(table + " missing after creating it");
            }
        }
        return HexFormat.of().parseHex(secret);
    }

    private @Nullable String read() {
        List<String> found = ownTransaction.execute(
                status -> jdbc.queryForList("select secret from " + table + " where id = 1", String.class));
        return found == null || found.isEmpty() ? null : found.getFirst();
    }

    private String newSecret() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
