package de.kokreation.shell;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UrlPathHelper;

/**
 * A page request for an address no route answers. Spring Security would send a visitor to the
 * login page for it (only known routes say whether they are public); this lets the request
 * through to Vaadin, whose first HTML then answers 404 with the friendly page ({@link PageHeads}).
 */
final class UnknownPages implements RequestMatcher {

    /** Paths decoded within the application, as the router reads them ({@code /profi%6C} is {@code /profil}). */
    static final UrlPathHelper PATHS = new UrlPathHelper();

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) {
            return false;
        }
        String path = PATHS.getPathWithinApplication(request);
        if (StaticFilesByName.namesAFile(path) || path.startsWith("/VAADIN/") || path.startsWith("/HEARTBEAT")) {
            return false;
        }
        String route = path.startsWith("/") ? path.substring(1) : path;
        if (route.endsWith("/")) {
            route = route.substring(0, route.length() - 1);
        }
        ApplicationRouteRegistry routes =
                ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        return routes.getNavigationTarget(route).isEmpty();
    }
}
