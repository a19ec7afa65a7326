package de.kokreation.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session after the configured idle time without a user action, and after an absolute
 * lifetime whatever happens.
 *
 * <p>The servlet container's own timeout counts every request, and an open Vaadin tab sends a
 * heartbeat every few minutes: a forgotten tab on a shared computer stayed logged in for ever.
 * Here a heartbeat does not count as an action, but a heartbeat after the idle time ends the
 * session (the tab then shows that the session expired). The times live in the session itself,
 * so every node of a cluster decides alike.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String LAST_ACTION = SessionLifetimeFilter.class.getName() + ".lastAction";
    static final String STARTED = SessionLifetimeFilter.class.getName() + ".started";
    static final String OWNER = SessionLifetimeFilter.class.getName() + ".owner";

    private final Duration idleTimeout;
    private final Duration maxLifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration idleTimeout, Duration maxLifetime, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Instant now = clock.instant();
            Instant started = (Instant) session.getAttribute(STARTED);
            Instant lastAction = (Instant) session.getAttribute(LAST_ACTION);
            String who = loggedIn(session);
            if (!Objects.equals(who, session.getAttribute(OWNER))) {
                // A login (or logout) starts the lifetime anew: it counts from the login, not
                // from the first anonymous page the session began with.
                session.setAttribute(OWNER, who);
                started = null;
            }
            if (started == null) {
                session.setAttribute(STARTED, now);
                session.setAttribute(LAST_ACTION, now);
            } else if (now.isAfter(started.plus(maxLifetime))
                    || lastAction != null && now.isAfter(lastAction.plus(idleTimeout))) {
                try {
                    session.invalidate();
                } catch (IllegalStateException invalidatedMeanwhile) {
                    // a request running beside this one ended the session first
                }
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTION, now);
            }
        }
        chain.doFilter(request, response);
    }

    /** The name the session is logged in as (Spring Security keeps its context in the session). */
    private static @Nullable String loggedIn(HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && security.getAuthentication() != null
                ? security.getAuthentication().getName()
                : null;
    }

    /** Vaadin's keep-alive request, sent by an open tab without any user action. */
    static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}
