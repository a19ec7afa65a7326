package de.kokreation.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.kokreation.account.ProfileService;
import de.kokreation.account.UserAccount;
import de.kokreation.shared.LoginAttributes;
import de.kokreation.shell.MainLayout;
import jakarta.annotation.security.PermitAll;

/**
 * The first page after a first sign-in through an identity provider: the provider vouched for
 * the person, but only the person can accept the terms of participation. Until then every other
 * page but the legal texts leads here ({@link AccountGates}); declining deletes the account again.
 */
@Route(value = AccountPaths.WELCOME, layout = MainLayout.class)
@PermitAll
public class WelcomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileService profiles;
    private final AuthenticationContext authentication;

    public WelcomeView(ProfileService profiles, AuthenticationContext authentication) {
        this.profiles = profiles;
        this.authentication = authentication;
        addClassNames("kk-view", "kk-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UserAccount me = profiles.myAccount();
        if (!profiles.mustAcceptTerms()) {
            // accepted, maybe in another session: the mark goes too, or every page would lead here
            VaadinSession.getCurrent().getSession().removeAttribute(LoginAttributes.TERMS_PENDING);
            event.forwardTo("");
            return;
        }
        removeAll();
        Checkbox privacy = new PrivacyConsent();
        privacy.setId("welcome-privacy");
        privacy.setRequiredIndicatorVisible(true);
        Button accept = new Button(getTranslation("welcome.accept"), click -> {
            if (!privacy.getValue()) {
                privacy.setInvalid(true);
                privacy.setErrorMessage(getTranslation("account.privacy.required"));
                privacy.focus();
                return;
            }
            profiles.acceptTerms();
            getUI().ifPresent(ui -> ui.navigate(""));
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("welcome-accept");
        // An account just made through a provider goes again when its owner declines; an account
        // that took part under earlier terms keeps its contributions and is asked again next time.
        boolean justMade = me.termsPending();
        Button decline = new Button(getTranslation(justMade ? "welcome.decline" : "welcome.declineChanged"), click -> {
            if (justMade) {
                profiles.declineTerms();
            }
            authentication.logout();
        });
        decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        decline.setId("welcome-decline");
        Paragraph who = new Paragraph(
                getTranslation(justMade ? "welcome.who" : "welcome.whoChanged", me.displayName(), me.email()));
        who.setId("welcome-who");
        add(
                new H1(getTranslation(justMade ? "welcome.title" : "welcome.titleChanged")),
                who,
                new Paragraph(getTranslation(justMade ? "welcome.intro" : "welcome.introChanged")),
                privacy,
                new Div(accept, decline));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("welcome.title") + " – " + getTranslation("app.name");
    }
}
