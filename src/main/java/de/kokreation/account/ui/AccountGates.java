package de.kokreation.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import de.kokreation.account.TermsOfParticipation;
import de.kokreation.shared.LoginAttributes;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Pages a logged-in person must pass before any other, while the session carries the mark (set
 * at the login, removed when done, so no page costs a database read): the terms of participation
 * for an account just made through an identity provider; the second factor for an account whose
 * roles require one and that has none yet. The legal texts stay readable.
 */
@Component
class AccountGates implements VaadinServiceInitListener {

    private static final Set<String> LEGAL_PAGES =
            Set.of("datenschutz", "impressum", "barrierefreiheit", TermsOfParticipation.PAGE);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(AccountGates::passFirst));
    }

    private static void passFirst(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        String path = event.getLocation().getPath();
        if (session == null || LEGAL_PAGES.contains(path)) {
            return;
        }
        if (marked(session, LoginAttributes.TERMS_PENDING)) {
            if (!path.equals(AccountPaths.WELCOME)) {
                event.rerouteTo(WelcomeView.class);
            }
        } else if (marked(session, LoginAttributes.SECOND_FACTOR_MISSING) && !path.equals(AccountPaths.SECOND_FACTOR)) {
            event.rerouteTo(SecondFactorSetupView.class);
        }
    }

    private static boolean marked(VaadinSession session, String attribute) {
        return Boolean.TRUE.equals(session.getSession().getAttribute(attribute));
    }
}
