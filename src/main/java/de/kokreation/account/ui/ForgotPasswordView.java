package de.kokreation.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.account.AccountLimits;
import de.kokreation.account.AccountService;
import de.kokreation.shell.MainLayout;

/** Asks for a reset link; the answer is the same whether the address is known or not. */
@Route(value = AccountPaths.FORGOT_PASSWORD, layout = MainLayout.class)
@AnonymousAllowed
public class ForgotPasswordView extends Div implements HasDynamicTitle {

    public ForgotPasswordView(AccountService accounts) {
        addClassNames("kk-view", "kk-narrow");
        EmailField email = new EmailField(getTranslation("register.email"));
        email.setMaxLength(AccountLimits.EMAIL_MAX);
        email.setId("forgot-email");
        email.setWidthFull();
        Div content = new Div();
        Button submit = new Button(getTranslation("forgot.submit"), click -> {
            if (email.getValue().isBlank() || email.isInvalid()) {
                email.setInvalid(true);
                email.setErrorMessage(getTranslation("account.email.invalid"));
                email.focus();
                return;
            }
            accounts.requestPasswordReset(email.getValue());
            content.removeAll();
            Paragraph sent = new Paragraph(getTranslation("forgot.sent", email.getValue()));
            sent.setId("forgot-sent");
            sent.getElement().setAttribute("role", "status");
            content.add(sent);
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("forgot-submit");
        content.add(new Paragraph(getTranslation("forgot.intro")), email, submit);
        add(new H1(getTranslation("forgot.title")), content);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title") + " – " + getTranslation("app.name");
    }
}
