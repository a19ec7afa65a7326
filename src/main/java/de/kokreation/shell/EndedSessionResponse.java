package de.kokreation.shell;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinService;
import de.kokreation.shared.Permalinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * What a request of a session that was ended (the account was blocked or deleted, its password
 * changed elsewhere, on this node or another) gets instead of Spring Security's plain text: an open
 * page is told in Vaadin's own words that its session is over, so it reloads and the login
 * follows; any other request is sent to the login page.
 */
class EndedSessionResponse implements SessionInformationExpiredStrategy {

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        if (HandlerHelper.isFrameworkInternalRequest("/*", request)) {
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache, no-store");
            response.getWriter().write(VaadinService.createSessionExpiredJSON(false));
        } else {
            response.sendRedirect(request.getContextPath() + "/" + Permalinks.LOGIN);
        }
    }
}
