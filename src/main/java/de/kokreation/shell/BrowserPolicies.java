package de.kokreation.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser's second line of defence, sent with every response: pages, static files, the open
 * data, error pages. The Content-Security-Policy lets scripts run only from this site and only
 * where they carry this response's nonce (Vaadin's bootstrap scripts get it from
 * {@link PageHeadPolicies}); it has no {@code 'unsafe-eval'}: the JavaScript that Vaadin builds
 * from strings is predefined in {@code /scripts/csp-functions.js}. Styles may stay inline, as
 * Vaadin's components set them on elements. Violations are reported to {@link CspReports}.
 */
final class BrowserPolicies extends OncePerRequestFilter {

    /** The request attribute that holds this response's script nonce. */
    static final String NONCE_ATTRIBUTE = BrowserPolicies.class.getName() + ".nonce";

    static final String REPORT_PATH = "/csp-report";

    /** Features the application never uses: no page may ask for them, nor a frame inside one. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), fullscreen=(self), geolocation=(), gyroscope=(), hid=(), magnetometer=(), "
            + "microphone=(), midi=(), payment=(), publickey-credentials-get=(self), screen-wake-lock=(), "
            + "serial=(), usb=(), xr-spatial-tracking=()";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String nonce = nonceOf(request);
        response.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            // not for subdomains: the operator's other hosts may not all speak TLS
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (isPublicFile(
                request.getRequestURI().substring(request.getContextPath().length()))) {
            chain.doFilter(request, response);
        } else {
            response.setHeader(CACHE_CONTROL, NO_STORE);
            chain.doFilter(request, new NeverStored(response));
        }
    }

    /**
     * What is the same for everyone and may be cached: the bundle, themes, stylesheets, scripts,
     * images, the public open data and {@code security.txt}. Everything else may carry personal
     * data (pages, Vaadin's UI updates, downloads) and is never stored by the browser.
     */
    static boolean isPublicFile(String path) {
        return path.startsWith("/VAADIN/build/")
                || path.startsWith("/VAADIN/static/")
                || path.startsWith("/lumo/")
                || path.startsWith("/aura/")
                || path.startsWith("/styles/")
                || path.startsWith("/scripts/")
                || path.startsWith("/images/")
                || path.startsWith("/api/v1/")
                || path.startsWith("/.well-known/")
                || path.equals("/favicon.ico");
    }

    private static final String CACHE_CONTROL = "Cache-Control";
    private static final String NO_STORE = "no-store";

    /**
     * Keeps {@code no-store} in whatever Cache-Control the application sets later: Vaadin answers
     * its UI updates with {@code no-cache} only, which lets the browser keep them on disk.
     */
    private static final class NeverStored extends HttpServletResponseWrapper {

        NeverStored(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, @Nullable String value) {
            super.setHeader(name, CACHE_CONTROL.equalsIgnoreCase(name) ? withNoStore(value) : value);
        }

        @Override
        public void addHeader(String name, @Nullable String value) {
            if (CACHE_CONTROL.equalsIgnoreCase(name)) {
                super.setHeader(name, withNoStore(value));
            } else {
                super.addHeader(name, value);
            }
        }

        private static String withNoStore(@Nullable String value) {
            if (value == null || value.isBlank()) {
                return NO_STORE;
            }
            return value.contains(NO_STORE) ? value : NO_STORE + ", " + value;
        }
    }

    /** Error pages are written in a second dispatch of the same request: they keep its nonce. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    private static String nonceOf(ServletRequest request) {
        if (request.getAttribute(NONCE_ATTRIBUTE) instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        return nonce;
    }

    static String contentSecurityPolicy(String nonce) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self' 'nonce-" + nonce + "'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "worker-src 'self'",
                "manifest-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "frame-ancestors 'none'",
                "form-action 'self'",
                "report-uri " + REPORT_PATH);
    }
}
