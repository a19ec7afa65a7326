package de.kokreation.opendata;

import de.kokreation.shared.Permalinks;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The Atom feeds of consultations and theme groups ({@link Feeds}), with validators for readers that poll. */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class FeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final Feeds feeds;
    private final Clock clock;
    private final de.kokreation.shared.OpenDataTerms terms;

    FeedController(Feeds feeds, Clock clock, de.kokreation.shared.OpenDataTerms terms) {
        this.terms = terms;
        this.feeds = feeds;
        this.clock = clock;
    }

    @GetMapping(Permalinks.OPEN_DATA_API + "/feeds/consultations/{slug}.atom")
    ResponseEntity<StreamingResponseBody> consultation(
            @PathVariable String slug, @RequestParam(required = false) @Nullable String lang, WebRequest request) {
        return answer(feeds.ofConsultation(slug), lang, request);
    }

    @GetMapping(Permalinks.OPEN_DATA_API + "/feeds/consultations/{slug}/themes/{themeSlug}.atom")
    ResponseEntity<StreamingResponseBody> themeGroup(
            @PathVariable String slug,
            @PathVariable String themeSlug,
            @RequestParam(required = false) @Nullable String lang,
            WebRequest request) {
        return answer(feeds.ofThemeGroup(slug, themeSlug), lang, request);
    }

    /** An unknown consultation or theme group: the open data's 404 answer. */
    @org.springframework.web.bind.annotation.ExceptionHandler(de.kokreation.shared.NotFoundException.class)
    ResponseEntity<java.util.Map<String, Object>> notFound() {
        return OpenDataController.notFoundAnswer();
    }

    private ResponseEntity<StreamingResponseBody> answer(Feeds.Feed feed, @Nullable String lang, WebRequest request) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.GERMAN;
        // The feed is small and already read: its validator is its own content.
        String etag = HttpValidators.etag(feed + "|" + locale.getLanguage() + "|" + terms.fingerprint());
        if (request.checkNotModified(etag)) {
            return HttpValidators.notModified(etag);
        }
        return ResponseEntity.ok()
                .contentType(ATOM)
                .eTag(etag)
                .cacheControl(HttpValidators.PUBLIC_DATA)
                .body(out -> feeds.write(feed, locale, clock.instant(), out));
    }
}
