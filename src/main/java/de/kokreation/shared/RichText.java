package de.kokreation.shared;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rich text as citizens write it: a small Markdown dialect (paragraphs, emphasis, lists, links)
 * that may also contain pasted HTML. Whatever comes in, only the safelisted structure goes out:
 * no scripts, styles, event handlers or {@code javascript:} links, and every link is marked as
 * user-generated so that it passes no search-engine reputation and cannot reach the opener.
 */
public final class RichText {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().softbreak("<br>").build();
    private static final Safelist SAFELIST = Safelist.basic()
            .addTags("h3", "h4")
            .removeEnforcedAttribute("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow ugc noopener")
            .addProtocols("a", "href", "http", "https", "mailto");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    /**
     * How deeply structure may nest (quotes in quotes, lists in lists, emphasis in emphasis).
     * Real texts stay far below; thousands of nested markers only serve to exhaust the stack of
     * the parser and renderer, which walk the structure recursively.
     */
    public static final int MAX_NESTING = 32;

    private static final Logger LOG = LoggerFactory.getLogger(RichText.class);

    private RichText() {}

    /**
     * Renders Markdown (with any embedded HTML) into sanitized HTML.
     *
     * @throws DomainException {@code richtext.error.tooDeep} when the structure nests deeper than
     *     {@link #MAX_NESTING}
     */
    public static String render(String markdown) {
        return sanitize(HTML.render(parse(markdown))).strip();
    }

    /** Whether {@link #render} takes the text; for form validation. */
    public static boolean isRenderable(String markdown) {
        try {
            parse(markdown);
            return true;
        } catch (DomainException tooDeep) {
            return false;
        }
    }

    private static Node parse(String markdown) {
        Node document;
        try {
            document = MARKDOWN.parse(markdown);
        } catch (StackOverflowError tooDeep) {
            // commonmark merges nested inline nodes recursively; the stack unwinds here, nothing is
            // shared, so the request goes on and answers with a message (one log line, no trace).
            LOG.warn("Refused rich text of {} characters: nesting exhausted the parser's stack", markdown.length());
            throw new DomainException("richtext.error.tooDeep", MAX_NESTING);
        }
        if (depth(document) > MAX_NESTING + 2) {
            LOG.warn("Refused rich text of {} characters: nested deeper than {}", markdown.length(), MAX_NESTING);
            throw new DomainException("richtext.error.tooDeep", MAX_NESTING);
        }
        return document;
    }

    /** The depth of the tree, walked without recursion. */
    private static int depth(Node root) {
        int depth = 0;
        int max = 0;
        Node node = root;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                max = Math.max(max, ++depth);
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == root ? null : node.getNext();
        }
        return max;
    }

    /** Removes everything from {@code html} that the safelist does not allow. */
    public static String sanitize(String html) {
        return Jsoup.clean(html, "", SAFELIST, OUTPUT);
    }

    /**
     * The beginning of a Markdown text as readers see it, without marks, on one line, cut at a
     * word and ended with "…" when longer than {@code maxLength}; for previews in work lists.
     */
    public static String plainExcerpt(@Nullable String markdown, int maxLength) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String plain;
        try {
            plain = plainText(render(markdown));
        } catch (DomainException notRenderable) {
            plain = markdown;
        }
        plain = plain.replaceAll("\\s+", " ").strip();
        if (plain.length() <= maxLength) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', maxLength - 2);
        return plain.substring(0, cut > maxLength / 2 ? cut : maxLength - 2) + " …";
    }

    /** The visible text of sanitized HTML, for previews and search snippets. */
    public static String plainText(String html) {
        return Jsoup.parse(html).text();
    }
}
