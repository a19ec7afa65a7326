package de.kokreation.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.kokreation.shared.DisplayNamed;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.search.TextQuery;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The frame of every page: a skip link, a header with the site name, navigation, language switch
 * and login state, the main landmark that holds the view, and a footer.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final Div accountArea = new Div();
    private final Header header = new Header();
    private final Button menuToggle = new Button();
    private final transient AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("kk-page");

        Anchor skipLink = new Anchor("#main", getTranslation("layout.skipToContent"));
        skipLink.addClassName("kk-skip-link");
        // The router would treat "#main" as a navigation; move the focus to the main landmark instead.
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const main = document.getElementById('main');
                  main.focus();
                  main.scrollIntoView();
                });""");

        main.setId("main");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("kk-main");

        add(skipLink, header(), main, footer());
    }

    private Header header() {
        Anchor home = new Anchor(Permalinks.home(), getTranslation("app.name"));
        home.addClassName("kk-brand");

        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("layout.mainNavigation"));
        nav.addClassName("kk-nav");
        nav.add(
                new Anchor(Permalinks.home(), getTranslation("layout.consultations")),
                new Anchor(Permalinks.meetings(), getTranslation("layout.meetings")),
                new Anchor(Permalinks.actionPlans(), getTranslation("layout.actionPlans")));

        accountArea.addClassName("kk-account");
        Div tools = new Div(siteSearch(), languageSwitch(), accountArea);
        tools.addClassName("kk-header-tools");
        tools.setId("header-menu");

        // On a phone the language switch and the account's links fold into a menu (a disclosure
        // button: Enter or Space opens it, Escape closes it and returns the focus to the button).
        menuToggle.setText(getTranslation("layout.menu"));
        menuToggle.addClassName("kk-menu-toggle");
        menuToggle.setId("menu-toggle");
        menuToggle.getElement().setAttribute("aria-controls", "header-menu");
        menuToggle.getElement().setAttribute("aria-expanded", "false");
        menuToggle.addClickListener(click -> setMenuOpen(!header.hasClassName("kk-menu-open")));
        header.getElement()
                .addEventListener("keydown", escape -> {
                    if (header.hasClassName("kk-menu-open")) {
                        setMenuOpen(false);
                        menuToggle.focus();
                    }
                })
                .setFilter("event.key === 'Escape'");

        header.add(home, nav, menuToggle, tools);
        header.addClassName("kk-header");
        return header;
    }

    private void setMenuOpen(boolean open) {
        header.setClassName("kk-menu-open", open);
        menuToggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    /** A search field on every page; it leads to the search page with the text in the address. */
    private Component siteSearch() {
        TextField field = new TextField();
        field.setAriaLabel(getTranslation("layout.search.label"));
        field.setPlaceholder(getTranslation("layout.search.label"));
        field.setMaxLength(TextQuery.MAX_CHARS);
        field.setClearButtonVisible(true);
        field.setId("site-search");
        field.addClassName("kk-site-search");
        Button go = new Button(VaadinIcon.SEARCH.create(), click -> search(field.getValue()));
        go.setAriaLabel(getTranslation("layout.search.submit"));
        go.setId("site-search-submit");
        field.addKeyPressListener(Key.ENTER, enter -> search(field.getValue()));
        Div search = new Div(field, go);
        search.addClassName("kk-site-search-form");
        search.getElement().setAttribute("role", "search");
        return search;
    }

    private static void search(String text) {
        if (!text.isBlank()) {
            UI.getCurrent().navigate(Permalinks.SEARCH, QueryParameters.of("q", text.strip()));
        }
    }

    private Component languageSwitch() {
        boolean english = TranslationProvider.ENGLISH.equals(TranslationProvider.supported(getLocale()));
        Locale other = english ? TranslationProvider.GERMAN : TranslationProvider.ENGLISH;
        // Each language is named in itself, the same in both bundles.
        Button switchButton = new Button(
                getTranslation("language.name." + other.getLanguage()), click -> LanguagePreference.switchTo(other));
        switchButton.getElement().setAttribute("lang", other.getLanguage());
        switchButton.getElement().setAttribute("aria-label", getTranslation("layout.switchLanguage"));
        switchButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        switchButton.setId("language-switch");
        return switchButton;
    }

    /** The layout outlives navigations within a page; the login state is rendered anew each time. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        setMenuOpen(false);
        renderAccountArea();
    }

    private void renderAccountArea() {
        Div area = accountArea;
        area.removeAll();
        signedInUser()
                .ifPresentOrElse(
                        user -> {
                            Span signedIn = new Span(getTranslation("layout.signedInAs", user.displayName()));
                            signedIn.addClassName("kk-signed-in");
                            Anchor profile = new Anchor("/profil", getTranslation("layout.profile"));
                            profile.setId("profile-link");
                            Button logout = new Button(getTranslation("layout.logout"), click -> {
                                // before the session ends and the page goes: nothing typed stays for the next person
                                getUI().ifPresent(BrowserDrafts::forgetAll);
                                authentication.logout();
                            });
                            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            logout.setId("logout");
                            area.add(signedIn, profile);
                            if (hasAuthority("ROLE_ADMIN")
                                    || hasAuthority("ROLE_COORDINATOR")
                                    || hasAuthority("ROLE_LEAD")) {
                                Anchor moderation = new Anchor("/moderation", getTranslation("layout.moderation"));
                                moderation.setId("moderation-link");
                                area.add(moderation);
                            }
                            if (hasAuthority("ROLE_ADMIN") || hasAuthority("ROLE_COORDINATOR")) {
                                Anchor manage = new Anchor("/verwaltung", getTranslation("layout.manage"));
                                manage.setId("manage-link");
                                area.add(manage);
                            }
                            if (hasAuthority("ROLE_ADMIN")) {
                                Anchor accounts = new Anchor("/admin/konten", getTranslation("layout.accounts"));
                                accounts.setId("accounts-link");
                                Anchor mails = new Anchor("/admin/mails", getTranslation("layout.capturedMails"));
                                mails.setId("mails-link");
                                Anchor searchIndex =
                                        new Anchor("/admin/suchindex", getTranslation("layout.searchIndex"));
                                searchIndex.setId("search-index-link");
                                Anchor system = new Anchor("/admin/system", getTranslation("layout.system"));
                                system.setId("system-link");
                                area.add(accounts, mails, searchIndex, system);
                            }
                            area.add(logout);
                        },
                        () -> {
                            Anchor login = new Anchor("/" + Permalinks.LOGIN, getTranslation("layout.login"));
                            login.setId("login-link");
                            area.add(login);
                        });
    }

    private static boolean hasAuthority(String authority) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    private static Optional<DisplayNamed> signedInUser() {
        var current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.getPrincipal() instanceof DisplayNamed user
                ? Optional.of(user)
                : Optional.empty();
    }

    private Footer footer() {
        Nav legal = new Nav(
                new Anchor("/datenschutz", getTranslation("legal.privacy")),
                new Anchor("/impressum", getTranslation("legal.imprint")),
                new Anchor("/barrierefreiheit", getTranslation("legal.accessibility")),
                new Anchor("/teilnahmebedingungen", getTranslation("legal.terms")));
        legal.getElement().setAttribute("aria-label", getTranslation("layout.legalNavigation"));
        legal.addClassName("kk-footer-links");
        Footer footer = new Footer(legal, new Paragraph(getTranslation("layout.footer")));
        footer.addClassName("kk-footer");
        return footer;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        DocumentLanguage.follow(ui);
        BrowserDrafts.forgetOtherPeoples(ui);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(Objects.requireNonNull(content).getElement());
    }
}
