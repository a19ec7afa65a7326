package de.kokreation.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table of logged-in sessions ({@code login_session}), kept by {@link SessionStamps}: a row
 * per session from login to logout or timeout, on whichever node. A session whose row is gone has
 * been ended (by its owner on another device, or by the limit of parallel sessions).
 */
class LoginSessions {

    /** How often a session's last use is written: a row may lag that much behind its session. */
    static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration idleTimeout;

    LoginSessions(DataSource dataSource, Clock clock, Duration idleTimeout) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /**
     * Rows last used before this have timed out: their node ended them, or died before it could
     * remove them. A minute later than the idle timeout, as the last use is written once a minute.
     */
    private Timestamp idleBefore() {
        return Timestamp.from(clock.instant().minus(idleTimeout).minus(LAST_SEEN_PRECISION));
    }

    /** The stored key of a servlet session id: its SHA-256, never the id itself. */
    static String keyOf(String sessionId) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    void start(String key, long accountId, String device, String addressRange, Instant now) {
        jdbc.update("delete from login_session where session_key = ?", key);
        jdbc.update(
                "insert into login_session (account_id, session_key, device, address_range, started_at, last_seen_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                accountId,
                key,
                device,
                addressRange,
                Timestamp.from(now),
                Timestamp.from(now));
    }

    void end(String key) {
        jdbc.update("delete from login_session where session_key = ?", key);
    }

    void seen(String key, Instant now) {
        jdbc.update("update login_session set last_seen_at = ? where session_key = ?", Timestamp.from(now), key);
    }

    /** The account's session stamp and whether the session is still in the table; stamp -1 when the account is gone. */
    StampAndSession stampAndSession(long accountId, String key) {
        return jdbc.query(
                "select a.session_stamp, (select count(*) from login_session s where s.session_key = ?)"
                        + " from user_account a where a.id = ?",
                rows -> rows.next()
                        ? new StampAndSession(rows.getLong(1), rows.getLong(2) > 0)
                        : new StampAndSession(-1, false),
                key,
                accountId);
    }

    record StampAndSession(long stamp, boolean sessionListed) {}

    /** The account's sessions that have not timed out, the most recently used first. */
    List<ActiveSession> active(long accountId, String currentKey) {
        return jdbc.query(
                "select id, session_key, device, address_range, started_at, last_seen_at from login_session"
                        + " where account_id = ? and last_seen_at >= ? order by last_seen_at desc, id desc",
                (row, number) -> new ActiveSession(
                        row.getLong("id"),
                        row.getString("device"),
                        row.getString("address_range"),
                        row.getTimestamp("started_at").toInstant(),
                        row.getTimestamp("last_seen_at").toInstant(),
                        row.getString("session_key").equals(currentKey)),
                accountId,
                idleBefore());
    }

    /** Removes the account's rows of sessions that timed out on a node that died before it could remove them. */
    void forgetIdle(long accountId) {
        jdbc.update("delete from login_session where account_id = ? and last_seen_at < ?", accountId, idleBefore());
    }

    /** Ends one of the account's sessions; false when the account has no such session. */
    boolean endOne(long accountId, long sessionId) {
        return jdbc.update("delete from login_session where id = ? and account_id = ?", sessionId, accountId) > 0;
    }

    int endAllBut(long accountId, String keepKey) {
        return jdbc.update("delete from login_session where account_id = ? and session_key <> ?", accountId, keepKey);
    }

    void endAll(long accountId) {
        jdbc.update("delete from login_session where account_id = ?", accountId);
    }

    /** Ends the least recently used sessions beyond {@code limit}, keeping {@code keepKey}. */
    int endBeyond(long accountId, int limit, String keepKey) {
        return jdbc.update(
                "delete from login_session where id in (select id from login_session"
                        + " where account_id = ? and session_key <> ?"
                        + " order by last_seen_at desc, id desc offset ? rows)",
                accountId,
                keepKey,
                Math.max(0, limit - 1));
    }
}
