package de.kokreation.account;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
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

    /**
     * IPv4 as it is; IPv6 by its /64 prefix, since one subscriber usually holds a whole /64 and
     * could otherwise take a new address for every attempt; IPv4 written as IPv6 as IPv4.
     */
    static String normalized(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.ofLiteral(address.replaceAll("%.*$", "")).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            return ipv6Prefix(bytes, 64);
        } catch (IllegalArgumentException | UnknownHostException notALiteral) {
            return address;
        }
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
            return ipv6Prefix(bytes, 48);
        } catch (IllegalArgumentException notALiteral) {
            return "?";
        }
    }

    /** The first {@code bits} (a multiple of 16) of an IPv6 address, written as {@code 2001:db8:1::/48}. */
    private static String ipv6Prefix(byte[] bytes, int bits) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < bits / 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                    .append(':');
        }
        return prefix.append(":/").append(bits).toString();
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
