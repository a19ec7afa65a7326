package de.kokreation.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import de.kokreation.shared.LoginAttributes;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.SignInProviders;
import org.springframework.beans.factory.annotation.Value;

/** Login by email address and password. */
@Route(value = Permalinks.LOGIN, layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph reason = new Paragraph();

    private final Paragraph providerRefusal = new Paragraph();

    /** The page of the second factor's code (account module; named here, as the shell depends on no feature). */
    private static final String SECOND_FACTOR_CODE = Permalinks.LOGIN + "/code";

    public LoginView(SignInProviders singleSignOn, @Value("${kokreation.demo-data.enabled:false}") boolean demoData) {
        addClassNames("kk-view", "kk-narrow");
        form.setI18n(i18n());
        ComponentTexts.localized(form);
        form.setAction(Permalinks.LOGIN);
        form.setForgotPasswordButtonVisible(false);
        Paragraph links = new Paragraph(
                new Anchor("/registrieren", getTranslation("login.register")),
                new Span(" · "),
                new Anchor("/passwort-vergessen", getTranslation("login.forgotPassword")));
        links.setId("login-links");
        reason.setText(getTranslation("login.needed"));
        reason.addClassName("kk-callout");
        reason.setId("login-reason");
        reason.setVisible(false);
        providerRefusal.addClassName("kk-callout");
        providerRefusal.setId("login-sso-error");
        providerRefusal.getElement().setAttribute("role", "alert");
        providerRefusal.setVisible(false);
        add(new H1(getTranslation("login.title")), reason, providerRefusal, form, passkey(), links);
        if (singleSignOn.enabled()) {
            add(providers(singleSignOn));
        }
        if (demoData) {
            Paragraph hint = new Paragraph(getTranslation("login.demoHint"));
            hint.addClassName("kk-hint");
            hint.setId("demo-hint");
            add(hint);
        }
    }

    /** Login with a passkey: the ceremony runs in /scripts/passkeys.js, which this button's data names. */
    private Div passkey() {
        Button start = new Button(getTranslation("login.passkey"));
        start.setId("login-passkey");
        start.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        start.getElement().setAttribute("data-passkey", "login");
        start.getElement().setAttribute("data-passkey-status", "login-passkey-failed");
        Paragraph failed = new Paragraph(getTranslation("login.passkey.failed"));
        failed.setId("login-passkey-failed");
        failed.addClassName("kk-callout");
        failed.getElement().setAttribute("role", "alert");
        failed.getElement().setAttribute("hidden", true);
        Div passkey = new Div(start, failed);
        passkey.addClassName("kk-passkey-login");
        return passkey;
    }

    /**
     * One link per identity provider: a plain link, as the sign-in leaves the application for
     * the provider's page (Spring Security answers the address, not Vaadin's router).
     */
    private Div providers(SignInProviders singleSignOn) {
        Div providers = new Div(new Paragraph(getTranslation("login.sso.or")));
        providers.addClassName("kk-sso");
        providers.setId("login-sso");
        for (SignInProviders.Option option : singleSignOn.options()) {
            Anchor start = new Anchor(option.startPath(), getTranslation("login.sso.with", option.label()));
            start.setRouterIgnore(true);
            start.addClassNames("kk-sso-start", "kk-button-link-secondary");
            start.setId("login-sso-" + option.id());
            providers.add(start);
        }
        return providers;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        var current = VaadinSession.getCurrent();
        if (failed
                && current != null
                && current.getSession().getAttribute(LoginAttributes.SECOND_FACTOR_PENDING) != null) {
            // the password was right; the code of the second factor comes next
            event.forwardTo(SECOND_FACTOR_CODE, QueryParameters.empty());
            return;
        }
        LoginI18n i18n = i18n();
        var session = VaadinSession.getCurrent();
        Object wait = session == null ? null : session.getSession().getAttribute(LoginAttributes.WAIT_SECONDS);
        if (failed && params(event).containsKey("code")) {
            // too many wrong codes, or too long: the password again
            i18n.getErrorMessage().setTitle(getTranslation("login.codeAgain.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.codeAgain.message"));
        } else if (failed
                && event.getLocation().getQueryParameters().getParameters().containsKey("expired")) {
            // the form's token no longer held (StaleLoginForm): not a wrong password
            i18n.getErrorMessage().setTitle(getTranslation("login.expired.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.expired.message"));
        } else if (failed && wait instanceof Long seconds) {
            // Too many failures: say how long to wait instead of repeating "wrong password".
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", seconds));
            session.getSession().removeAttribute(LoginAttributes.WAIT_SECONDS);
        }
        Object providerError = session == null ? null : session.getSession().getAttribute(LoginAttributes.SSO_ERROR);
        boolean refusedByProvider = failed && params(event).containsKey("sso") && providerError instanceof String;
        providerRefusal.setVisible(refusedByProvider);
        if (refusedByProvider) {
            providerRefusal.setText(getTranslation("login.sso.error." + providerError));
            session.getSession().removeAttribute(LoginAttributes.SSO_ERROR);
        }
        form.setI18n(i18n);
        // the password form did not fail: the provider's message says what did
        form.setError(failed && !params(event).containsKey("sso"));
        if (failed
                && session != null
                && session.getSession().getAttribute(LoginAttributes.LAST_EMAIL) instanceof String email) {
            // A failed attempt keeps the address typed; only the password has to be entered again.
            form.getElement().executeJs("""
                    const fill = () => {
                      const field = this.querySelector('vaadin-text-field[name=username]')
                          || this.querySelector('#vaadinLoginUsername');
                      if (field) { field.value = $0; } else { requestAnimationFrame(fill); }
                    };
                    fill();""", email);
            session.getSession().removeAttribute(LoginAttributes.LAST_EMAIL);
        }
        // Sent here from a page that needs an account: say why.
        reason.setVisible(!failed && session != null && hasSavedRequest(session));
    }

    private static java.util.Map<String, java.util.List<String>> params(BeforeEnterEvent event) {
        return event.getLocation().getQueryParameters().getParameters();
    }

    /** Whether Vaadin's access control or Spring Security keeps a page to return to after the login. */
    private static boolean hasSavedRequest(VaadinSession session) {
        return session.getSession().getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT) != null
                || session.getSession().getAttributeNames().stream().anyMatch(name -> name.contains("SAVED_REQUEST"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
