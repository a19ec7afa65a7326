package de.kokreation.operations;

import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * On several nodes, each session must stay on the node that holds its Vaadin UI state. Given a
 * route ({@code kokreation.cluster.route}, e.g. the node's name), Tomcat ends every session id
 * with it ({@code 5F3A…C1.node-a}), so a reverse proxy can send each request to the node named in
 * its cookie without a sticky-session module of its own (the nginx sample in docs/operations.md
 * maps the suffix to an upstream). Without a route, nothing changes.
 */
@Component
class StickySessions implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    StickySessions(@Value("${kokreation.cluster.route:}") String route) {
        if (!route.isBlank() && !route.matches("[A-Za-z0-9_-]{1,40}")) {
            throw new IllegalArgumentException(
                    "kokreation.cluster.route must be 1 to 40 letters, digits, '-' or '_': " + route);
        }
        this.route = route.strip();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        factory.addContextCustomizers(context -> {
            if (context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(route);
            }
        });
    }
}
