package de.kokreation.shell;

import java.time.Duration;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /robots.txt} (RFC 9309): everything public may be crawled, the pages of the signed-in and
 * of the moderation may not, and where the sitemap is; {@code /manifest.webmanifest}: name, colours
 * and icons for a phone's home screen.
 */
@RestController
class RobotsAndManifest {

    static final String ROBOTS = "/robots.txt";
    static final String MANIFEST = "/manifest.webmanifest";

    private final String baseUrl;
    private final TranslationProvider translations;

    RobotsAndManifest(
            @Value("${kokreation.public-base-url:http://localhost:8080}") String baseUrl,
            TranslationProvider translations) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.translations = translations;
    }

    @GetMapping(value = ROBOTS, produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots() {
        StringBuilder text = new StringBuilder("User-agent: *\n");
        for (String page : new TreeSet<>(PageHeads.PRIVATE_PAGES)) {
            text.append("Disallow: /").append(page).append('\n');
        }
        text.append("Disallow: /VAADIN/dynamic/\n");
        text.append("Allow: /\n\nSitemap: ").append(baseUrl).append("/sitemap.xml\n");
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(text.toString());
    }

    @GetMapping(value = MANIFEST, produces = "application/manifest+json")
    ResponseEntity<String> manifest() {
        String name = translations.getTranslation("app.name", Locale.GERMAN);
        String description = translations.getTranslation("seo.description", Locale.GERMAN);
        String json = """
                {
                  "name": "%s",
                  "short_name": "%s",
                  "description": "%s",
                  "lang": "de",
                  "start_url": "/",
                  "display": "standalone",
                  "background_color": "#ffffff",
                  "theme_color": "#0b5cad",
                  "icons": [
                    {"src": "/icons/icon-192.png", "sizes": "192x192", "type": "image/png"},
                    {"src": "/icons/icon-512.png", "sizes": "512x512", "type": "image/png"},
                    {"src": "/icons/icon-maskable-512.png", "sizes": "512x512", "type": "image/png", "purpose": "maskable"}
                  ]
                }
                """.formatted(jsonText(name), jsonText(name), jsonText(description));
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(json);
    }

    private static String jsonText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
