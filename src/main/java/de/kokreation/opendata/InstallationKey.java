package de.kokreation.opendata;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The installation's random secret behind the author pseudonyms, created once on first use and
 * kept in the database (table {@code open_data_key}), so pseudonyms survive restarts and are the
 * same on every node of a cluster.
 */
@Component
class InstallationKey {

    private static final int KEY_BYTES = 32;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final SecureRandom random = new SecureRandom();
    private volatile byte @Nullable [] key;

    InstallationKey(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // Its own transaction: the exports run read-only, and a failed insert must not spoil theirs.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    byte[] get() {
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
                        status -> jdbc.update("insert into open_data_key (id, secret) values (1, ?)", newSecret()));
            } catch (DuplicateKeyException anotherNodeWasFaster) {
                // Another thread or node created the key at the same moment: theirs counts.
            }
            secret = read();
            if (secret == null) {
                throw new IllegalStateException("open data key missing after creating it");
            }
        }
        return HexFormat.of().parseHex(secret);
    }

    private @Nullable String read() {
        List<String> found = ownTransaction.execute(
                status -> jdbc.queryForList("select secret from open_data_key where id = 1", String.class));
        return found == null || found.isEmpty() ? null : found.getFirst();
    }

    private String newSecret() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
