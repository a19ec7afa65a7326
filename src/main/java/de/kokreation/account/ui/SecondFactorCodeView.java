package de.kokreation.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.account.SecondFactors;
import de.kokreation.shared.LoginAttributes;
import de.kokreation.shared.Permalinks;
import de.kokreation.shell.MainLayout;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The second step of a password login with a second factor: the code of the authenticator app,
 * or a recovery code. A plain form posted to Spring Security (with its CSRF token), as the
 * password form is, so that the login completes outside Vaadin's UI requests.
 */
@Route(value = AccountPaths.SECOND_FACTOR_CODE, layout = MainLayout.class)
@AnonymousAllowed
public class SecondFactorCodeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public SecondFactorCodeView() {
        addClassNames("kk-view", "kk-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession().getAttribute(LoginAttributes.SECOND_FACTOR_PENDING) == null) {
            event.forwardTo(Permalinks.LOGIN);
            return;
        }
        removeAll();
        boolean wrong = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        TextField code = new TextField(getTranslation("secondFactor.code"));
        code.setHelperText(getTranslation("secondFactor.code.helper"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(SecondFactors.CODE_MAX);
        code.setRequired(true);
        code.setAutofocus(true);
        code.setId("second-factor-code");
        code.getElement().setAttribute("name", "code");
        code.getElement().setProperty("name", "code");
        if (wrong) {
            code.setInvalid(true);
            code.setErrorMessage(getTranslation("secondFactor.error.wrongCode"));
        }
        Element form = new Element("form");
        form.setAttribute("method", "post");
        form.setAttribute("action", "/" + AccountPaths.SECOND_FACTOR_CODE);
        form.setAttribute("class", "kk-code-form");
        form.appendChild(code.getElement());
        if (VaadinServletRequest.getCurrent() != null
                && VaadinServletRequest.getCurrent().getAttribute(CsrfToken.class.getName())
                        instanceof CsrfToken token) {
            Element csrf = new Element("input");
            csrf.setAttribute("type", "hidden");
            csrf.setAttribute("name", token.getParameterName());
            csrf.setAttribute("value", token.getToken());
            form.appendChild(csrf);
        }
        Element submit = new Element("button");
        submit.setAttribute("type", "submit");
        submit.setAttribute("class", "kk-button-link");
        submit.setAttribute("id", "second-factor-submit");
        submit.setText(getTranslation("secondFactor.submit"));
        form.appendChild(submit);
        Div formHolder = new Div();
        formHolder.getElement().appendChild(form);
        add(
                new H1(getTranslation("secondFactor.code.title")),
                new Paragraph(getTranslation("secondFactor.code.intro")),
                formHolder,
                new Paragraph(new Anchor("/" + Permalinks.LOGIN, getTranslation("secondFactor.code.back"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondFactor.code.title") + " – " + getTranslation("app.name");
    }
}
