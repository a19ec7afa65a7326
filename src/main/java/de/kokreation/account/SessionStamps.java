package de.kokreation.account;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * The sessions this node knows, each ended on its next request once its account's session stamp
 * has moved on (blocked, deleted, a new password, a role taken away) or its row in
 * {@code login_session} is gone (its owner ended it on another device, or a newer session pushed
 * it over the limit of parallel sessions), on whichever node that happened: every node reads the
 * database, none needs to tell the others.
 *
 * <p>Spring Security's concurrent-session filter asks the registry for the session's information
 * on every request of a logged-in session; an expired answer logs the session out. So the check
 * costs one primary-key read per request of a logged-in person, and none for anyone else; the
 * time of last use is written at most once a minute per session.
 */
class SessionStamps extends SessionRegistryImpl {

    private final LoginSessions table;
    private final Clock clock;
    private final int maxSessionsPerAccount;
    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();
    /** A stamp a session may already meet in the database before it is registered again with it. */
    private final Map<String, Long> toleratedStamps = new ConcurrentHashMap<>();

    SessionStamps(LoginSessions table, Clock clock, int maxSessionsPerAccount) {
        this.table = table;
        this.clock = clock;
        this.maxSessionsPerAccount = maxSessionsPerAccount;
    }

    /**
     * The session goes on with {@code newStamp} once its change is committed; until it is
     * registered again, meeting that stamp in the database does not end it.
     */
    void tolerate(String sessionId, long newStamp) {
        toleratedStamps.put(sessionId, newStamp);
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        toleratedStamps.remove(sessionId);
        super.registerNewSession(sessionId, principal);
        if (principal instanceof AccountPrincipal account) {
            Instant now = clock.instant();
            HttpServletRequest request = ClientAddress.currentRequest();
            String key = LoginSessions.keyOf(sessionId);
            table.forgetIdle(account.accountId());
            table.start(
                    key,
                    account.accountId(),
                    DeviceNames.of(request == null ? null : request.getHeader("User-Agent")),
                    request == null ? "?" : ClientAddress.range(request.getRemoteAddr()),
                    now);
            lastWritten.put(sessionId, now);
            if (maxSessionsPerAccount > 0) {
                table.endBeyond(account.accountId(), maxSessionsPerAccount, key);
            }
        }
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        SessionInformation session = super.getSessionInformation(sessionId);
        super.removeSessionInformation(sessionId);
        lastWritten.remove(sessionId);
        if (session == null || session.isExpired()) {
            toleratedStamps.remove(sessionId);
        }
        if (session != null && session.getPrincipal() instanceof AccountPrincipal) {
            table.end(LoginSessions.keyOf(sessionId));
        }
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        SessionInformation session = super.getSessionInformation(sessionId);
        if (session != null && !session.isExpired() && session.getPrincipal() instanceof AccountPrincipal account) {
            LoginSessions.StampAndSession now =
                    table.stampAndSession(account.accountId(), LoginSessions.keyOf(sessionId));
            boolean stampMoved = now.stamp() != account.sessionStamp()
                    && !Long.valueOf(now.stamp()).equals(toleratedStamps.get(sessionId));
            if (stampMoved || !now.sessionListed()) {
                session.expireNow();
            }
        }
        return session;
    }

    /**
     * The filter refreshes the session's last request right after it asked for the session: the
     * stamp was read then, so the registry's own information is enough, and the table learns of
     * the use only when its time is a minute old.
     */
    @Override
    public void refreshLastRequest(String sessionId) {
        SessionInformation session = super.getSessionInformation(sessionId);
        if (session == null) {
            return;
        }
        session.refreshLastRequest();
        Instant now = clock.instant();
        Instant written = lastWritten.get(sessionId);
        if (session.getPrincipal() instanceof AccountPrincipal
                && (written == null || !now.isBefore(written.plus(LoginSessions.LAST_SEEN_PRECISION)))) {
            lastWritten.put(sessionId, now);
            table.seen(LoginSessions.keyOf(sessionId), now);
        }
    }
}
