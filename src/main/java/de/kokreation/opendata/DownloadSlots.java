package de.kokreation.opendata;

import de.kokreation.shared.ClientAddresses;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A limit on the large open-data downloads one client runs at once, on all nodes together (rows
 * of {@code open_data_download}, one per running download, numbered per client: the primary key
 * refuses a second holder of a number). A client over its limit gets a 429 with
 * {@code Retry-After}; everyone else is untouched. Clients are told apart by their address as the
 * server sees it (behind the proxy: the forwarded one), kept only as a keyed hash.
 */
@Component
class DownloadSlots {

    /** A slot a download holds until it closes; closing twice is harmless. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * After this long a slot counts as left behind by a node that stopped in the middle of a
     * download: longer than a download may stream ({@code spring.mvc.async.request-timeout}, 30 min).
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(45);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int perClient;
    private final InstallationKey installationKey;

    DownloadSlots(
            JdbcTemplate jdbc,
            Clock clock,
            InstallationKey installationKey,
            @Value("${kokreation.open-data.downloads-per-client:2}") int perClient) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.installationKey = installationKey;
        this.perClient = Math.max(1, perClient);
    }

    int perClient() {
        return perClient;
    }

    /**
     * One of the client's slots, or empty when all are taken by downloads still running. Each
     * statement on its own (never inside a caller's transaction: on PostgreSQL a refused insert
     * would spoil the rest of it).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Optional<Slot> take(String clientAddress) {
        String client = keyOf(ClientAddresses.normalized(clientAddress));
        // to the millisecond, which every database keeps exactly: the row is found again by it
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        // whatever nodes that stopped left behind, of every client
        jdbc.update("delete from open_data_download where started_at < ?", Timestamp.from(now.minus(ABANDONED_AFTER)));
        for (int slot = 0; slot < perClient; slot++) {
            try {
                jdbc.update(
                        "insert into open_data_download (client_key, slot, started_at) values (?, ?, ?)",
                        client,
                        slot,
                        Timestamp.from(now));
                int taken = slot;
                // only this download's row: should it outlive ABANDONED_AFTER, the next one's stays
                return Optional.of(() -> jdbc.update(
                        "delete from open_data_download where client_key = ? and slot = ? and started_at = ?",
                        client,
                        taken,
                        Timestamp.from(now)));
            } catch (DuplicateKeyException held) {
                // That number is running; try the next.
            }
        }
        return Optional.empty();
    }

    private String keyOf(String clientAddress) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(installationKey.get());
            return HexFormat.of().formatHex(digest.digest(clientAddress.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
