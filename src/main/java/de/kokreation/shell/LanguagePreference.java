package de.kokreation.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * German unless the user chose English. The choice lives in a cookie, so it outlasts the session
 * and applies before login.
 */
@Component
class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "kokreation-lang";
    private static final String SESSION_ATTRIBUTE = LanguagePreference.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> {
            UI ui = uiInit.getUI();
            Object chosenInSession = ui.getSession().getAttribute(SESSION_ATTRIBUTE);
            ui.setLocale(chosenInSession instanceof Locale chosen ? chosen : fromRequest(VaadinRequest.getCurrent()));
        });
    }

    /** The query parameter that names a page's language, as its {@code hreflang} alternates do. */
    static final String PARAMETER = "lang";

    /**
     * The language of a page's first HTML: the one its address names ({@code ?lang=en}, which also
     * becomes the reader's choice, so that the page that follows speaks it too), else the one chosen
     * before, else German.
     */
    static Locale forPage(VaadinRequest request, VaadinResponse response) {
        String named = request.getParameter(PARAMETER);
        VaadinSession session = VaadinSession.getCurrent();
        if (named != null && (named.equals("de") || named.equals("en"))) {
            Locale chosen = TranslationProvider.supported(Locale.forLanguageTag(named));
            if (session != null) {
                session.setLocale(chosen);
                session.setAttribute(SESSION_ATTRIBUTE, chosen);
            }
            response.addCookie(cookie(chosen));
            return chosen;
        }
        Object chosenInSession = session == null ? null : session.getAttribute(SESSION_ATTRIBUTE);
        return chosenInSession instanceof Locale chosen ? chosen : fromRequest(request);
    }

    static Locale fromRequest(VaadinRequest request) {
        return fromCookies(request == null ? null : request.getCookies());
    }

    /** The chosen language from a request's cookies, also outside Vaadin (a servlet filter). */
    static Locale fromCookies(Cookie @Nullable [] cookies) {
        if (cookies == null) {
            return TranslationProvider.GERMAN;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .map(cookie -> TranslationProvider.supported(Locale.forLanguageTag(cookie.getValue())))
                .orElse(TranslationProvider.GERMAN);
    }

    /** Switches the current user's language and reloads the page in it. */
    static void switchTo(Locale locale) {
        Locale chosen = TranslationProvider.supported(locale);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(chosen);
            session.setAttribute(SESSION_ATTRIBUTE, chosen);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(chosen);
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie(chosen));
        }
        if (ui != null) {
            // Views build their texts once; a reload renders the whole page in the new language.
            ui.getPage().reload();
        }
    }

    private static Cookie cookie(Locale chosen) {
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        return cookie;
    }
}
