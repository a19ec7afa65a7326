package de.kokreation.account;

import de.kokreation.shared.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.Optional;
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

    private ClientAddress() {}

    static String of(@Nullable HttpServletRequest request) {
        return request == null ? "unknown" : normalized(request.getRemoteAddr());
    }

    /** See {@link ClientAddresses#normalized}. */
    static String normalized(String address) {
        return ClientAddresses.normalized(address);
    }

    /**
     * The range an address belongs to, as a session list shows it: enough to tell home from office
     * from abroad, not the exact address (IPv4 by its /24, IPv6 by its /48).
     */
    static String range(String address) {
        try {
            byte[] bytes = InetAddress.ofLiteral(address.replaceAll("%.*$", "")).getAddress();
            if (bytes.length == 4) {
                return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
            }
            return ClientAddresses.ipv6Prefix(bytes, 48);
        } catch (IllegalArgumentException notALiteral) {
            return "?";
        }
    }

    /** The address of the current HTTP request; empty when the call comes from no request (jobs, seeding). */
    static Optional<String> current() {
        HttpServletRequest request = currentRequest();
        return request == null ? Optional.empty() : Optional.of(of(request));
    }

    /** The HTTP request this thread serves, if any. */
    static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    /** The response to the HTTP request this thread serves, if any. */
    static jakarta.servlet.http.@Nullable HttpServletResponse currentResponse() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getResponse()
                : null;
    }
}
