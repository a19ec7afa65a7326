package de.kokreation.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The privacy notice ({@code /datenschutz}), the imprint ({@code /impressum}), the accessibility
 * statement ({@code /barrierefreiheit}) and the terms of participation
 * ({@code /teilnahmebedingungen}), linked from every page.
 */
@Route(value = "datenschutz", layout = MainLayout.class)
@RouteAlias(value = "impressum", layout = MainLayout.class)
@RouteAlias(value = "barrierefreiheit", layout = MainLayout.class)
@RouteAlias(value = "teilnahmebedingungen", layout = MainLayout.class)
@AnonymousAllowed
public class LegalPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LegalTexts texts;
    private String titleKey = "legal.privacy";

    public LegalPageView(LegalTexts texts) {
        this.texts = texts;
        addClassNames("kk-view", "kk-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String name = switch (event.getLocation().getFirstSegment()) {
            case "impressum" -> "impressum";
            case "barrierefreiheit" -> "barrierefreiheit";
            case "teilnahmebedingungen" -> "teilnahmebedingungen";
            default -> "datenschutz";
        };
        titleKey = switch (name) {
            case "impressum" -> "legal.imprint";
            case "barrierefreiheit" -> "legal.accessibility";
            case "teilnahmebedingungen" -> "legal.terms";
            default -> "legal.privacy";
        };
        removeAll();
        add(new H1(getTranslation(titleKey)), Html5.sanitizedHtml(texts.html(name, getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – " + getTranslation("app.name");
    }
}
