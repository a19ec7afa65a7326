package de.kokreation.account;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * The sessions this node knows, each ended on its next request once its account's session stamp
 * has moved on (blocked, deleted, a new password, a role taken away), on whichever node that
 * happened: every node reads the stamp, none needs to tell the others.
 *
 * <p>Spring Security's concurrent-session filter asks the registry for the session's information
 * on every request of a logged-in session; an expired answer logs the session out. So the check
 * costs one primary-key read per request of a logged-in person, and none for anyone else.
 */
class SessionStamps extends SessionRegistryImpl {

    private final JdbcTemplate jdbc;

    SessionStamps(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        SessionInformation session = super.getSessionInformation(sessionId);
        if (session != null
                && !session.isExpired()
                && session.getPrincipal() instanceof AccountPrincipal account
                && current(account.accountId()) != account.sessionStamp()) {
            session.expireNow();
        }
        return session;
    }

    /**
     * The filter refreshes the session's last request right after it asked for the session: the
     * stamp was read then, so the registry's own information is enough (one read per request, not two).
     */
    @Override
    public void refreshLastRequest(String sessionId) {
        SessionInformation session = super.getSessionInformation(sessionId);
        if (session != null) {
            session.refreshLastRequest();
        }
    }

    /** The account's stamp now; -1 when the account is gone. */
    private long current(long accountId) {
        return jdbc.query(
                "select session_stamp from user_account where id = ?",
                rows -> rows.next() ? rows.getLong(1) : -1L,
                accountId);
    }
}
