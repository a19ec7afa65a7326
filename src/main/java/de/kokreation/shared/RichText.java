package de.kokreation.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Rich text as citizens write it: a small Markdown dialect (paragraphs, emphasis, lists, links)
 * that may also contain pasted HTML. Whatever comes in, only the safelisted structure goes out:
 * no scripts, styles, event handlers or {@code javascript:} links, and every link is marked as
 * user-generated so that it passes no search-engine reputation and cannot reach the opener.
 */
public final class RichText {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().softbreak("<br>").build();
    private static final Safelist SAFELIST = Safelist.basic()
            .addTags("h3", "h4")
            .removeEnforcedAttribute("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow ugc noopener")
            .addProtocols("a", "href", "http", "https", "mailto");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    /** Renders Markdown (with any embedded HTML) into sanitized HTML. */
    public static String render(String markdown) {
        return sanitize(HTML.render(MARKDOWN.parse(markdown))).strip();
    }

    /** Removes everything from {@code html} that the safelist does not allow. */
    public static String sanitize(String html) {
        return Jsoup.clean(html, "", SAFELIST, OUTPUT);
    }

    /** The visible text of sanitized HTML, for previews and search snippets. */
    public static String plainText(String html) {
        return Jsoup.parse(html).text();
    }
}
