package de.kokreation.account;

import de.kokreation.shared.Cursors;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables {@code second_factor}, {@code recovery_code} and {@code account_security_event}. The
 * single use of a code is decided by the database (a conditional update), so two nodes can never
 * both take the same code.
 */
class SecondFactorStore {

    /** An account's second factor as stored. */
    record Stored(String sealedSecret, long lastUsedStep, Instant enabledAt) {}

    /** One entry of an account's security history. */
    record Event(
            Instant at,
            String kind,
            @Nullable Long actorId,
            @Nullable String reason) {}

    private final JdbcTemplate jdbc;

    SecondFactorStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    Optional<Stored> of(long accountId) {
        return jdbc
                .query(
                        "select secret, last_used_step, enabled_at from second_factor where account_id = ?",
                        (row, index) -> new Stored(
                                row.getString("secret"),
                                row.getLong("last_used_step"),
                                row.getTimestamp("enabled_at").toInstant()),
                        accountId)
                .stream()
                .findFirst();
    }

    boolean enabled(long accountId) {
        return !jdbc.queryForList("select account_id from second_factor where account_id = ?", Long.class, accountId)
                .isEmpty();
    }

    Set<Long> enabledAmong(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.queryForList(
                "select account_id from second_factor where account_id in (" + Cursors.placeholders(accountIds.size())
                        + ")",
                Long.class,
                accountIds.toArray()));
    }

    void enable(long accountId, String sealedSecret, long usedStep, Instant now) {
        jdbc.update("delete from second_factor where account_id = ?", accountId);
        jdbc.update(
                "insert into second_factor (account_id, secret, enabled_at, last_used_step) values (?, ?, ?, ?)",
                accountId,
                sealedSecret,
                Timestamp.from(now),
                usedStep);
    }

    void reseal(long accountId, String sealedSecret) {
        jdbc.update("update second_factor set secret = ? where account_id = ?", sealedSecret, accountId);
    }

    /** Takes the step's code if no later or equal step was used before; false if one was (a replay, or another node). */
    boolean use(long accountId, long step) {
        return jdbc.update(
                        "update second_factor set last_used_step = ? where account_id = ? and last_used_step < ?",
                        step,
                        accountId,
                        step)
                == 1;
    }

    void remove(long accountId) {
        jdbc.update("delete from recovery_code where account_id = ?", accountId);
        jdbc.update("delete from second_factor where account_id = ?", accountId);
    }

    void replaceRecoveryCodes(long accountId, List<String> codes) {
        jdbc.update("delete from recovery_code where account_id = ?", accountId);
        jdbc.batchUpdate(
                "insert into recovery_code (account_id, code_hash) values (?, ?)",
                codes.stream().map(code -> new Object[] {accountId, hash(code)}).toList());
    }

    /** Spends a recovery code; false if it is not one of the account's, or was spent. */
    boolean useRecoveryCode(long accountId, String code, Instant now) {
        return jdbc.update(
                        "update recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null",
                        Timestamp.from(now),
                        accountId,
                        hash(code))
                == 1;
    }

    int recoveryCodesLeft(long accountId) {
        Integer left = jdbc.queryForObject(
                "select count(*) from recovery_code where account_id = ? and used_at is null",
                Integer.class,
                accountId);
        return left == null ? 0 : left;
    }

    void record(long accountId, @Nullable Long actorId, String kind, @Nullable String reason, Instant now) {
        jdbc.update(
                "insert into account_security_event (account_id, actor_id, kind, reason, created_at) values (?, ?, ?, ?, ?)",
                accountId,
                actorId,
                kind,
                reason,
                Timestamp.from(now));
    }

    List<Event> events(long accountId) {
        return jdbc.query(
                "select created_at, kind, actor_id, reason from account_security_event where account_id = ?"
                        + " order by created_at, id",
                (row, index) -> new Event(
                        row.getTimestamp("created_at").toInstant(),
                        row.getString("kind"),
                        row.getObject("actor_id", Long.class),
                        row.getString("reason")),
                accountId);
    }

    /** At deletion: the security history goes with the person, and no other account keeps it as actor. */
    void forget(long accountId) {
        remove(accountId);
        jdbc.update("delete from account_security_event where account_id = ?", accountId);
        jdbc.update("update account_security_event set actor_id = null where actor_id = ?", accountId);
    }

    /** Recovery codes are random (50 bits): a plain SHA-256 is enough, and lets the database find them. */
    static String hash(String code) {
        String normal = code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
