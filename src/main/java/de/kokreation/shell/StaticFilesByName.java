package de.kokreation.shell;

import com.vaadin.flow.server.StaticFileHandler;
import com.vaadin.flow.server.StaticFileHandlerFactory;
import com.vaadin.flow.server.StaticFileServer;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's static file server, asked only for addresses that name a file. Vaadin asks it first for
 * every request, and for a page's address (a route such as {@code /vorschlaege/12}) it looks the
 * path up in the web application's resources and in each of Spring's static locations, through
 * every jar of the class path: about 5 % of a node's CPU under load (JFR, see
 * benchmark/results/2026-12-04-capacity.md). Files always have an extension (the bundle, icons,
 * {@code robots.txt}, {@code sw.js}); routes never do, so a last path segment without a dot goes
 * straight to the router.
 */
@Component
class StaticFilesByName implements StaticFileHandlerFactory {

    @Override
    public StaticFileHandler createHandler(VaadinService service) {
        return new FilesOnly(service);
    }

    /** Whether the address's last path segment has an extension, as file names have. */
    static boolean namesAFile(String path) {
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return lastSegment.indexOf('.') > 0;
    }

    private static final class FilesOnly extends StaticFileServer {

        private static final long serialVersionUID = 1L;

        FilesOnly(VaadinService service) {
            super(service);
        }

        @Override
        public boolean serveStaticResource(HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return namesAFile(path) && super.serveStaticResource(request, response);
        }
    }
}
