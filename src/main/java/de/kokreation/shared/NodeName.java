package de.kokreation.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this node, as the system page and the cluster locks show it:
 * {@code kokreation.node-name}, or the host's name when the operator gives none (two nodes on one
 * host need names of their own).
 */
@Component
public class NodeName {

    private final String name;

    NodeName(@Value("${kokreation.node-name:}") String configured) {
        this.name = configured.isBlank() ? hostName() : configured.strip();
    }

    public String name() {
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException nameless) {
            return "localhost";
        }
    }
}
