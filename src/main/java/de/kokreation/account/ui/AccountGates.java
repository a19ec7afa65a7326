package de.kokreation.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import de.kokreation.account.ProfileService;
import de.kokreation.account.TermsOfParticipation;
import de.kokreation.shared.DisplayNamed;
import de.kokreation.shared.LoginAttributes;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

    /** Set once the session's account was checked for the terms in force (a {@code Boolean}). */
    private static final String TERMS_CHECKED = AccountGates.class.getName() + ".termsChecked";

    private final ProfileService profiles;

    AccountGates(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::passFirst));
    }

    private void passFirst(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        String path = event.getLocation().getPath();
        if (session == null || LEGAL_PAGES.contains(path)) {
            return;
        }
        checkTermsOnce(session);
        if (marked(session, LoginAttributes.TERMS_PENDING)) {
            if (!path.equals(AccountPaths.WELCOME)) {
                event.rerouteTo(WelcomeView.class);
            }
        } else if (marked(session, LoginAttributes.SECOND_FACTOR_MISSING) && !path.equals(AccountPaths.SECOND_FACTOR)) {
            event.rerouteTo(SecondFactorSetupView.class);
        }
    }

    /**
     * Every way in (password, second factor, passkey, provider) may mark a login whose account
     * must accept the terms; this asks the account itself once per session, so that no way in can
     * miss it, for one read per session.
     */
    private void checkTermsOnce(VaadinSession session) {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (session.getSession().getAttribute(TERMS_CHECKED) != null
                || login == null
                || !(login.getPrincipal() instanceof DisplayNamed)) {
            return;
        }
        session.getSession().setAttribute(TERMS_CHECKED, Boolean.TRUE);
        if (profiles.mustAcceptTerms()) {
            session.getSession().setAttribute(LoginAttributes.TERMS_PENDING, Boolean.TRUE);
        }
    }

    private static boolean marked(VaadinSession session, String attribute) {
        return Boolean.TRUE.equals(session.getSession().getAttribute(attribute));
    }
}
