package de.kokreation.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.kokreation.shared.Permalinks;
import jakarta.servlet.http.HttpServletResponse;

/** Unknown addresses, and objects that do not exist, get a friendly 404 page. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this, getTranslation("error.notFound.text"));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The 404 page's content, with the sentence that says what is missing. */
    static void show(Div page, String whatIsMissing) {
        page.removeAll();
        page.add(
                new H1(page.getTranslation("error.notFound.title")),
                new Paragraph(whatIsMissing),
                new Anchor(Permalinks.home(), page.getTranslation("error.notFound.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " – " + getTranslation("app.name");
    }
}
