package de.kokreation.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The idle timeout and the absolute lifetime, with times shortened to seconds and a clock we move. */
class SessionLifetimeFilterTest {

    private Instant now = Instant.parse("2026-12-02T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SessionLifetimeFilter filter =
            new SessionLifetimeFilter(Duration.ofSeconds(30), Duration.ofSeconds(120), clock);
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void heartbeatsAloneDoNotKeepAnIdleSessionAlive() throws Exception {
        request(false);
        for (int i = 0; i < 5; i++) {
            now = now.plusSeconds(10);
            request(true);
            assertThat(session.isInvalid())
                    .as("heartbeat %d after %d s", i, (i + 1) * 10)
                    .isEqualTo(i >= 3);
        }
    }

    @Test
    void userActionsKeepItAliveUntilTheAbsoluteLifetimeEndsIt() throws Exception {
        request(false);
        for (int second = 20; second <= 120; second += 20) {
            now = now.plusSeconds(20);
            request(false);
            assertThat(session.isInvalid()).as("action at %d s", second).isFalse();
        }
        now = now.plusSeconds(20);
        request(false);
        assertThat(session.isInvalid())
                .as("action at 140 s, past the lifetime of 120 s")
                .isTrue();
    }

    @Test
    void anActionJustWithinTheIdleTimeCountsAndJustAfterItEndsTheSession() throws Exception {
        request(false);
        now = now.plusSeconds(30);
        request(false);
        assertThat(session.isInvalid()).isFalse();
        now = now.plusSeconds(31);
        request(false);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theLifetimeCountsFromTheLoginNotFromTheFirstAnonymousPage() throws Exception {
        request(false);
        for (int i = 0; i < 5; i++) {
            now = now.plusSeconds(20);
            request(false);
        }
        // logged in after 100 s as an active anonymous visitor
        SecurityContext context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated("anna@test.example", null, List.of()));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        request(false);
        for (int i = 0; i < 5; i++) {
            now = now.plusSeconds(20);
            request(false);
        }
        assertThat(session.isInvalid())
                .as("100 s after the login, 200 s after the first page")
                .isFalse();
        for (int i = 0; i < 3; i++) {
            now = now.plusSeconds(10);
            request(false);
        }
        assertThat(session.isInvalid()).as("130 s after the login").isTrue();
    }

    private void request(boolean heartbeat) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
        if (heartbeat) {
            request.setParameter("v-r", "heartbeat");
        } else {
            request.setParameter("v-r", "uidl");
        }
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
    }
}
