package de.kokreation.shell;

import de.kokreation.shared.Permalinks;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF, second guard after the token: a login form posted from another site is refused.
 * Browsers say where a request comes from in {@code Sec-Fetch-Site}, which no page can set; a
 * request without it (an old browser, a script) still needs the CSRF token.
 */
final class SameOriginLogin extends OncePerRequestFilter {

    private final MessageSource messages;

    SameOriginLogin(MessageSource messages) {
        this.messages = messages;
    }

    /** The login form's POST, matched as Spring Security's form login matches it (decoded path). */
    static final RequestMatcher LOGIN_POST =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/" + Permalinks.LOGIN);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN_POST.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            // a plain refusal: an error dispatch would end on the login page, as if nothing happened
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter()
                    .write(messages.getMessage(
                            "login.foreignSite", null, LanguagePreference.fromCookies(request.getCookies())));
            return;
        }
        chain.doFilter(request, response);
    }
}
