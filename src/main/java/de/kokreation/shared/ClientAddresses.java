package de.kokreation.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Client addresses as limits count them: one subscriber is one address, IPv4 as it is, IPv6 by its
 * /64 prefix (a subscriber usually holds a whole /64 and could take a new address for every try).
 */
public final class ClientAddresses {

    private ClientAddresses() {}

    /** IPv4 as it is; IPv6 by its /64 prefix; IPv4 written as IPv6 as IPv4; anything else as given. */
    public static String normalized(String address) {
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

    /** The first {@code bits} (a multiple of 16) of an IPv6 address, written as {@code 2001:db8:1::/48}. */
    public static String ipv6Prefix(byte[] bytes, int bits) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < bits / 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)))
                    .append(':');
        }
        return prefix.append(":/").append(bits).toString();
    }
}
