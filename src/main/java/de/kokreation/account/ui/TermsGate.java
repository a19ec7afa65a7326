package de.kokreation.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import de.kokreation.shared.LoginAttributes;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps a person whose account was just made through an identity provider on the welcome page
 * until the terms of participation are accepted; the legal texts stay readable. The mark sits in
 * the session (set at the sign-in, removed on acceptance), so no page costs a database read.
 */
@Component
class TermsGate implements VaadinServiceInitListener {

    private static final Set<String> ALWAYS_OPEN =
            Set.of(AccountPaths.WELCOME, "datenschutz", "impressum", "barrierefreiheit");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(TermsGate::keepOnWelcome));
    }

    private static void keepOnWelcome(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null
                && Boolean.TRUE.equals(session.getSession().getAttribute(LoginAttributes.TERMS_PENDING))
                && !ALWAYS_OPEN.contains(event.getLocation().getPath())) {
            event.rerouteTo(WelcomeView.class);
        }
    }
}
