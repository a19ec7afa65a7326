package de.kokreation.opendata;

import de.kokreation.shared.StoredSecret;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The installation's random secret behind the author pseudonyms, created once on first use and
 * kept in the database (table {@code open_data_key}), so pseudonyms survive restarts and are the
 * same on every node of a cluster.
 */
@Component
class InstallationKey {

    private final StoredSecret secret;

    InstallationKey(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.secret = new StoredSecret(jdbc, transactions, "open_data_key");
    }

    byte[] get() {
        return secret.get();
    }
}
