package de.kokreation.account;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address that throttles count by: the connection's peer, which is the client's own
 * address only behind a reverse proxy when {@code server.forward-headers-strategy} is set (then
 * the container takes it from the proxy's headers). A header the client sends itself is never
 * trusted directly.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(@Nullable HttpServletRequest request) {
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    /** The address of the current HTTP request; empty when the call comes from no request (jobs, seeding). */
    static java.util.Optional<String> current() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? java.util.Optional.of(of(attributes.getRequest())) : java.util.Optional.empty();
    }
}
