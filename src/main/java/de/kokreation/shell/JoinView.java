package de.kokreation.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import de.kokreation.shared.Permalinks;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * "Log in to take part": a page only logged-in users may open, so Vaadin's access control sends
 * anonymous visitors to the login first and brings them here afterwards; from here they go on to
 * the page they came from.
 */
@Route(value = Permalinks.JOIN, layout = MainLayout.class)
@PermitAll
public class JoinView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String target = event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault("ziel", List.of(Permalinks.home()))
                .getFirst();
        if (!Permalinks.isLocalPath(target)) {
            target = Permalinks.home();
        }
        Location location = new Location(target.substring(1));
        event.forwardTo(location.getPath(), location.getQueryParameters());
    }
}
