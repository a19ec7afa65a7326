package de.kokreation.account;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends every session of an account on this node at once (after blocking or deleting it); the
 * other nodes end theirs at their next request, when they see the raised session stamp.
 */
@Component
class AccountSessions {

    private final SessionRegistry registry;
    private final LoginSessions table;

    AccountSessions(SessionRegistry registry, LoginSessions table) {
        this.registry = registry;
        this.table = table;
    }

    /**
     * The account's sessions on every node that have not timed out (a session of a node that died
     * stays in the table until then), marking the caller's own.
     */
    List<ActiveSession> active(long accountId, @Nullable String currentSessionId) {
        return table.active(accountId, keyOrNone(currentSessionId));
    }

    /** The stored key of a session, or one that matches no row. */
    private static String keyOrNone(@Nullable String sessionId) {
        return sessionId == null ? "" : LoginSessions.keyOf(sessionId);
    }

    /** Ends one of the account's sessions, on whichever node holds it, at its next request. */
    boolean endOne(long accountId, long sessionRowId) {
        return table.endOne(accountId, sessionRowId);
    }

    /** Ends the account's other sessions on every node, keeping the caller's own; answers how many were in use. */
    int endOthers(long accountId, String currentSessionId) {
        int inUse = (int) active(accountId, currentSessionId).stream()
                .filter(session -> !session.current())
                .count();
        endAllExcept(accountId, currentSessionId);
        return inUse;
    }

    /** Ends every session of the account but {@code keepSessionId} (if any), on every node. */
    void endAllExcept(long accountId, @Nullable String keepSessionId) {
        table.endAllBut(accountId, keyOrNone(keepSessionId));
        expireAllExcept(accountId, keepSessionId);
    }

    /** Ends the other sessions of an account, keeping {@code keepSessionId} (the caller's own). */
    int expireAllExcept(long accountId, @Nullable String keepSessionId) {
        int expired = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal account && account.accountId() == accountId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keepSessionId)) {
                        session.expireNow();
                        expired++;
                    }
                }
            }
        }
        return expired;
    }

    int expireAll(long accountId) {
        table.endAll(accountId);
        int expired = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal account && account.accountId() == accountId) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    expired++;
                }
            }
        }
        return expired;
    }

    /**
     * The caller's own session goes on after a change that raised the account's session stamp
     * (a new password): it is registered again with the new stamp, and its login shows it.
     */
    void keepCurrentSession(UserAccount account, @Nullable String sessionId) {
        if (sessionId == null) {
            return;
        }
        // Only once the new stamp is committed: a request of this session in between (a heartbeat,
        // another tab) would read the old stamp beside the new principal and end the session.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            if (registry instanceof SessionStamps stamps) {
                stamps.tolerate(sessionId, account.sessionStamp());
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    renew(account, sessionId);
                }
            });
        } else {
            renew(account, sessionId);
        }
    }

    private void renew(UserAccount account, String sessionId) {
        AccountPrincipal renewed = new AccountPrincipal(account);
        renewed.eraseCredentials();
        registry.removeSessionInformation(sessionId);
        registry.registerNewSession(sessionId, renewed);
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication login = context.getAuthentication();
        if (login != null && login.getPrincipal() instanceof AccountPrincipal) {
            UsernamePasswordAuthenticationToken stamped =
                    UsernamePasswordAuthenticationToken.authenticated(renewed, null, renewed.getAuthorities());
            stamped.setDetails(login.getDetails());
            context.setAuthentication(stamped);
        }
    }
}
