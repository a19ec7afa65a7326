package de.kokreation.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.shared.Permalinks;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed to open for an unexpected reason: a sentence in the user's language and a
 * reference to quote, never a stack trace. The failure itself is logged with that reference.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class UnexpectedErrorView extends Div implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        String message = UserMessages.describe(event.getUI(), parameter.getCaughtException());
        add(
                new H1(getTranslation("error.page.title")),
                new Paragraph(message),
                new Anchor(Permalinks.home(), getTranslation("error.notFound.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.title") + " – " + getTranslation("app.name");
    }
}
