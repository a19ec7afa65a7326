package de.kokreation.shell;

import de.kokreation.shared.LoginAttributes;
import de.kokreation.shared.Permalinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A sign-in through an identity provider that failed, or could not start, ends on the login page
 * with a message saying why in the person's language (texts {@code login.sso.error.*}); never on
 * an error page or a stack trace.
 */
final class ProviderSignInFailure implements AuthenticationFailureHandler {

    /** The provider could not be reached or read: the sign-in could not start. */
    static final String UNAVAILABLE = "unavailable";

    /** Codes with a text of their own; every other code gets the general one. */
    private static final Set<String> EXPLAINED = Set.of(
            "email_not_verified", "email_taken", "account_blocked", "access_denied", "invalid_id_token", UNAVAILABLE);

    private static final Logger log = LoggerFactory.getLogger(ProviderSignInFailure.class);

    private final boolean beforeTheProvider;

    private ProviderSignInFailure(boolean beforeTheProvider) {
        this.beforeTheProvider = beforeTheProvider;
    }

    /** For the way back from the provider. */
    static ProviderSignInFailure onReturn() {
        return new ProviderSignInFailure(false);
    }

    /** For the start, when the provider's registration could not be read. */
    static ProviderSignInFailure onStart() {
        return new ProviderSignInFailure(true);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String code = beforeTheProvider
                ? UNAVAILABLE
                : failure instanceof OAuth2AuthenticationException refused
                        ? refused.getError().getErrorCode()
                        : "unknown";
        log.info(
                "Sign-in through an identity provider refused: {} ({})",
                printable(code),
                printable(String.valueOf(failure.getMessage())));
        request.getSession(true).setAttribute(LoginAttributes.SSO_ERROR, EXPLAINED.contains(code) ? code : "general");
        response.sendRedirect(request.getContextPath() + "/" + Permalinks.LOGIN + "?error&sso");
    }

    /** What the provider (or the browser that brought its answer) sent may be anything: kept short and on one line. */
    private static String printable(String text) {
        String line = text.replaceAll("\\p{Cntrl}", " ");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
