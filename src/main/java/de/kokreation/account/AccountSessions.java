package de.kokreation.account;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends every session of an account on this node at once (after blocking or deleting it); the
 * other nodes end theirs at their next request, when they see the raised session stamp.
 */
@Component
class AccountSessions {

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
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
