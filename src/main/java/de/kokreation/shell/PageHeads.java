package de.kokreation.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.PagePreview;
import de.kokreation.shared.PagePreviews;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first HTML of every page as search engines, link previews and screen readers get it before
 * any script runs: {@code lang} in the reader's language, the page's own title and description,
 * its canonical address with the {@code hreflang} alternates, OpenGraph and Twitter card tags,
 * its feeds, and 404 for an address that names no page or no object. Modules describe their
 * pages ({@link PagePreviews}); pages for the signed-in and the moderation are not indexed.
 */
@Component
class PageHeads implements VaadinServiceInitListener {

    /** Public pages without an object of their own: their heading's message key. */
    private static final Map<String, String> PAGE_TITLES = Map.ofEntries(
            Map.entry("", "consultations.title"),
            Map.entry("aktionsplaene", "plan.list.title"),
            Map.entry("veranstaltungen", "meeting.calendar"),
            Map.entry("suche", "search.heading"),
            Map.entry("anmelden", "login.title"),
            Map.entry("registrieren", "register.title"),
            Map.entry("datenschutz", "legal.privacy"),
            Map.entry("impressum", "legal.imprint"),
            Map.entry("barrierefreiheit", "legal.accessibility"),
            Map.entry("teilnahmebedingungen", "legal.terms"),
            Map.entry("raum", "room.joinTitle"));

    /** First path segments of pages that are nobody's business but their users' (also in robots.txt). */
    static final Set<String> PRIVATE_PAGES = Set.of(
            "admin",
            "moderation",
            "profil",
            "verwaltung",
            "verdichtung",
            "konto",
            "raum",
            "willkommen",
            "zweiter-faktor",
            "passwort-zuruecksetzen",
            "benachrichtigungen");

    /** Last path segments of working pages below public ones (editing, lists of people, the room). */
    private static final Set<String> WORKING_PAGES = Set.of(
            "bearbeiten",
            "anmeldungen",
            "karten",
            "live",
            "leinwand",
            "protokoll",
            "neu",
            "export",
            "code",
            "bestaetigen");

    private final List<PagePreviews> previews;
    private final TranslationProvider translations;
    private final String baseUrl;

    PageHeads(
            List<PagePreviews> previews,
            TranslationProvider translations,
            @Value("${kokreation.public-base-url:http://localhost:8080}") String baseUrl) {
        this.previews = previews;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::write);
    }

    private void write(IndexHtmlResponse page) {
        VaadinRequest request = page.getVaadinRequest();
        String path = pathOf(request);
        Locale locale = LanguagePreference.forPage(request, page.getVaadinResponse());
        Document document = page.getDocument();
        document.selectFirst("html").attr("lang", locale.getLanguage());
        Head head = describe(path, locale, request);
        if (head.missing()) {
            page.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        writeTags(document.head(), path, locale, head);
    }

    /** What the page at {@code path} is, by the router's routes and the modules' objects. */
    private Head describe(String path, Locale locale, VaadinRequest request) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        String siteName = translations.getTranslation("app.name", locale);
        String notFound = translations.getTranslation("error.notFound.title", locale);
        String defaultDescription = translations.getTranslation("seo.description", locale);
        if (request.getService()
                .getRouter()
                .getRegistry()
                .getNavigationTarget(route)
                .isEmpty()) {
            return new Head(
                    notFound + " – " + siteName, defaultDescription, PagePreview.WEBSITE, List.of(), true, false, "");
        }
        List<String> segments = route.isEmpty() ? List.of() : Arrays.asList(route.split("/"));
        boolean indexed = segments.isEmpty()
                || (!PRIVATE_PAGES.contains(segments.getFirst()) && !WORKING_PAGES.contains(segments.getLast()));
        try {
            for (PagePreviews module : previews) {
                Optional<PagePreview> preview = module.preview(segments);
                if (preview.isPresent()) {
                    PagePreview found = preview.get();
                    if (found.isWithheld()) {
                        return new Head(siteName, defaultDescription, PagePreview.WEBSITE, List.of(), false, false, "");
                    }
                    String description = found.description().isBlank() ? defaultDescription : found.description();
                    return new Head(
                            found.title() + " – " + siteName,
                            description,
                            found.type(),
                            found.feeds(),
                            false,
                            indexed,
                            found.title());
                }
            }
        } catch (NotFoundException missing) {
            return new Head(
                    notFound + " – " + siteName, defaultDescription, PagePreview.WEBSITE, List.of(), true, false, "");
        }
        String key = PAGE_TITLES.get(route);
        String title = key == null ? siteName : translations.getTranslation(key, locale) + " – " + siteName;
        return new Head(title, defaultDescription, PagePreview.WEBSITE, List.of(), false, indexed, "");
    }

    private void writeTags(Element head, String path, Locale locale, Head page) {
        head.select("title").remove();
        head.select("meta[name=description]").remove();
        head.appendElement("title").text(page.title());
        meta(head, "name", "description", page.description());
        if (!page.indexed()) {
            meta(head, "name", "robots", "noindex, nofollow");
        }
        String german = baseUrl + path;
        String english = german + "?lang=en";
        if (!page.missing()) {
            link(head, "canonical", locale.equals(TranslationProvider.ENGLISH) ? english : german)
                    .removeAttr("hreflang");
            link(head, "alternate", german).attr("hreflang", "de");
            link(head, "alternate", english).attr("hreflang", "en");
            link(head, "alternate", german).attr("hreflang", "x-default");
        }
        for (PagePreview.Alternate feed : page.feeds()) {
            link(head, "alternate", baseUrl + feed.href())
                    .attr("type", feed.mediaType())
                    .attr("title", translations.getTranslation(feed.titleKey(), locale, page.subject()));
        }
        link(head, "icon", "/favicon.ico").attr("sizes", "32x32 48x48");
        link(head, "icon", "/icons/icon-192.png").attr("type", "image/png").attr("sizes", "192x192");
        link(head, "apple-touch-icon", "/icons/apple-touch-icon.png");
        link(head, "manifest", "/manifest.webmanifest");
        meta(head, "name", "theme-color", "#0b5cad");
        String siteName = translations.getTranslation("app.name", locale);
        meta(head, "property", "og:site_name", siteName);
        meta(head, "property", "og:type", page.type());
        meta(head, "property", "og:title", page.title());
        meta(head, "property", "og:description", page.description());
        meta(head, "property", "og:url", locale.equals(TranslationProvider.ENGLISH) ? english : german);
        meta(head, "property", "og:locale", locale.equals(TranslationProvider.ENGLISH) ? "en_GB" : "de_DE");
        meta(head, "property", "og:image", baseUrl + "/icons/og-image.png");
        meta(head, "property", "og:image:alt", siteName);
        meta(head, "name", "twitter:card", "summary");
        meta(head, "name", "twitter:title", page.title());
        meta(head, "name", "twitter:description", page.description());
    }

    private static Element meta(Element head, String attribute, String name, String content) {
        return head.appendElement("meta").attr(attribute, name).attr("content", content);
    }

    private static Element link(Element head, String rel, String href) {
        return head.appendElement("link").attr("rel", rel).attr("href", href);
    }

    private static String pathOf(VaadinRequest request) {
        // decoded, as the router reads it: /profi%6C is /profil
        String uri = request instanceof com.vaadin.flow.server.VaadinServletRequest servlet
                ? UnknownPages.PATHS.getPathWithinApplication(servlet)
                : request.getPathInfo();
        if (uri == null || uri.isEmpty()) {
            return "/";
        }
        // Trailing slashes name the same page; the canonical address has none.
        return uri.length() > 1 && uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private record Head(
            String title,
            String description,
            String type,
            List<PagePreview.Alternate> feeds,
            boolean missing,
            boolean indexed,
            String subject) {}
}
