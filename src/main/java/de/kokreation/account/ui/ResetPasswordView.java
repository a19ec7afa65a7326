package de.kokreation.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.account.AccountService;
import de.kokreation.account.PasswordPolicy;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.ComponentTexts;
import de.kokreation.shell.MainLayout;
import de.kokreation.shell.UserMessages;
import java.util.List;

/** The link in the reset mail lands here: choose a new password. */
@Route(value = AccountPaths.RESET_PASSWORD, layout = MainLayout.class)
@AnonymousAllowed
public class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final PasswordPolicy passwordPolicy;

    public ResetPasswordView(AccountService accounts, PasswordPolicy passwordPolicy) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        addClassNames("kk-view", "kk-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("reset.title")));
        String token = event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault("token", List.of(""))
                .getFirst();
        if (!accounts.isUsableToken(token)) {
            add(
                    new Paragraph(getTranslation("account.error.tokenInvalid")),
                    new Paragraph(new Anchor("/" + AccountPaths.FORGOT_PASSWORD, getTranslation("reset.again"))));
            return;
        }
        PasswordField password = ComponentTexts.localized(new PasswordField(getTranslation("reset.password")));
        password.setHelperText(getTranslation("register.password.helper", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setId("reset-password");
        password.setWidthFull();
        Div content = new Div();
        Button submit = new Button(getTranslation("reset.submit"), click -> {
            var violation = passwordPolicy.violation(password.getValue(), "", "");
            if (violation.isPresent()) {
                password.setInvalid(true);
                password.setErrorMessage(
                        getTranslation(violation.get(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
                password.focus();
                return;
            }
            try {
                accounts.resetPassword(token, password.getValue());
            } catch (DomainException rejected) {
                password.setInvalid(true);
                password.setErrorMessage(UserMessages.describe(getUI().orElseThrow(), rejected));
                return;
            }
            content.removeAll();
            Paragraph done = new Paragraph(getTranslation("reset.success"));
            done.setId("reset-done");
            done.getElement().setAttribute("role", "status");
            content.add(done, new Paragraph(new Anchor("/anmelden", getTranslation("layout.login"))));
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("reset-submit");
        content.add(password, submit);
        add(content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " – " + getTranslation("app.name");
    }
}
