package de.kokreation.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.web.session.SessionInformationExpiredEvent;

class EndedSessionResponseTest {

    private final EndedSessionResponse strategy = new EndedSessionResponse();

    @Test
    void anOpenPageIsToldInVaadinsWordsThatItsSessionIsOver() throws Exception {
        MockHttpServletRequest uidl = new MockHttpServletRequest("POST", "/");
        uidl.setParameter("v-r", "uidl");
        MockHttpServletResponse response = new MockHttpServletResponse();

        strategy.onExpiredSessionDetected(event(uidl, response));

        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("\"sessionExpired\":true");
    }

    @Test
    void anyOtherRequestGoesToTheLogin() throws Exception {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/profil");
        MockHttpServletResponse response = new MockHttpServletResponse();

        strategy.onExpiredSessionDetected(event(page, response));

        assertThat(response.getRedirectedUrl()).isEqualTo("/anmelden");
    }

    private static SessionInformationExpiredEvent event(
            MockHttpServletRequest request, MockHttpServletResponse response) {
        SessionInformation session = new SessionInformation("someone", "session-1", new java.util.Date());
        session.expireNow();
        return new SessionInformationExpiredEvent(session, request, response);
    }
}
