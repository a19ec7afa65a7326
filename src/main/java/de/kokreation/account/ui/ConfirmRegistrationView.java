package de.kokreation.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.account.AccountService;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.MainLayout;
import java.util.List;

/** The link in the confirmation mail lands here and activates the account. */
@Route(value = AccountPaths.CONFIRM, layout = MainLayout.class)
@AnonymousAllowed
public class ConfirmRegistrationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;

    public ConfirmRegistrationView(AccountService accounts) {
        this.accounts = accounts;
        addClassNames("kk-view", "kk-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("confirm.title")));
        String token = event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault("token", List.of(""))
                .getFirst();
        Paragraph result = new Paragraph();
        result.setId("confirm-result");
        result.getElement().setAttribute("role", "status");
        // Confirmed by a button, not by opening the link: mail scanners that follow links must not
        // activate an account on their own.
        Button confirm = new Button(getTranslation("confirm.button"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-button");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            removeAll();
            add(new H1(getTranslation("confirm.title")), result);
            try {
                accounts.confirmRegistration(token);
                result.setText(getTranslation("confirm.success"));
                add(new Paragraph(new Anchor("/anmelden", getTranslation("layout.login"))));
            } catch (DomainException failed) {
                result.setText(getTranslation(failed.messageKey()));
                add(
                        new Paragraph(getTranslation("confirm.failedHint")),
                        new Paragraph(
                                new Anchor("/" + AccountPaths.REGISTER, getTranslation("confirm.registerAgain"))));
            }
        });
        add(new Paragraph(getTranslation("confirm.intro")), confirm);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirm.title") + " – " + getTranslation("app.name");
    }
}
