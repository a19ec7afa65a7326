package de.kokreation.shell;

import de.kokreation.shared.LoginAttributes;
import de.kokreation.shared.Permalinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A login form whose CSRF token no longer holds (the page stayed open past the session, the node
 * restarted, or another node took over) is not answered with a bare refusal: the person is taken
 * back to the login page, told why, and finds the address typed; only the password is asked again.
 */
final class StaleLoginForm implements AccessDeniedHandler {

    /** Longer than any address an account may have: not kept. */
    private static final int MAX_KEPT_EMAIL = 254;

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        if (!(refused instanceof CsrfException)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String email = request.getParameter("username");
        if (email != null && !email.isBlank() && email.length() <= MAX_KEPT_EMAIL) {
            request.getSession(true).setAttribute(LoginAttributes.LAST_EMAIL, email.strip());
        }
        response.sendRedirect(request.getContextPath() + "/" + Permalinks.LOGIN + "?error&expired");
    }
}
