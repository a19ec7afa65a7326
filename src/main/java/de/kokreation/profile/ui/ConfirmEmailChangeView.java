package de.kokreation.profile.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.kokreation.account.ProfileService;
import de.kokreation.shared.DomainException;
import de.kokreation.shell.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The link in the mail to a new address lands here (after login) and switches the address. */
@Route(value = "profil/email-bestaetigen", layout = MainLayout.class)
@PermitAll
public class ConfirmEmailChangeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProfileService profiles;

    public ConfirmEmailChangeView(ProfileService profiles) {
        this.profiles = profiles;
        addClassNames("kk-view", "kk-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("profile.emailConfirm.title")));
        String token = event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault("token", List.of(""))
                .getFirst();
        Paragraph result = new Paragraph();
        result.setId("email-confirm-result");
        result.getElement().setAttribute("role", "status");
        try {
            profiles.confirmEmailChange(token);
            result.setText(getTranslation("profile.emailConfirm.success"));
        } catch (DomainException failed) {
            result.setText(getTranslation(failed.messageKey(), failed.messageArguments()));
        }
        add(result, new Paragraph(new Anchor("/profil", getTranslation("profile.title"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.emailConfirm.title") + " – " + getTranslation("app.name");
    }
}
