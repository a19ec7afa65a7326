package de.kokreation.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** A permalink to a consultation, theme group or proposal that does not exist. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class DomainNotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        NotFoundException missing = parameter.getException();
        NotFoundView.show(this, getTranslation(missing.messageKey(), missing.messageArguments()));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " – " + getTranslation("app.name");
    }
}
