package de.kokreation.export.document;

import de.kokreation.shared.RichText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Rich text reduced to the structure every format can express: paragraphs, sub-headings, lists
 * (also nested), and inline runs with emphasis and links. Parsed from the sanitized HTML that
 * {@link RichText} produces, so what the site shows and what the documents show agree.
 */
public record Rich(List<Block> blocks) {

    public sealed interface Block permits Para, SubHeading, ItemList {}

    /** A paragraph of inline runs. */
    public record Para(List<Inline> inlines) implements Block {}

    public record SubHeading(List<Inline> inlines) implements Block {}

    /** A bulleted or numbered list; each item is rich text of its own. */
    public record ItemList(boolean ordered, List<Rich> items) implements Block {}

    public sealed interface Inline permits Run, Link, LineBreak {}

    public record Run(String text, boolean bold, boolean italic) implements Inline {}

    public record Link(String href, String text) implements Inline {}

    public record LineBreak() implements Inline {}

    public static Rich plain(String text) {
        return text.isBlank() ? new Rich(List.of()) : new Rich(List.of(new Para(List.of(new Run(text, false, false)))));
    }

    /** Citizens' and leads' Markdown, through the site's sanitizer. */
    public static Rich markdown(String markdown) {
        return html(RichText.render(markdown));
    }

    /** Sanitized HTML as {@link RichText} renders it. */
    public static Rich html(String sanitizedHtml) {
        return new Rich(blocks(Jsoup.parseBodyFragment(sanitizedHtml).body()));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    private static List<Block> blocks(Element container) {
        List<Block> blocks = new ArrayList<>();
        List<Inline> loose = new ArrayList<>();
        for (Node child : container.childNodes()) {
            if (child instanceof Element element && isBlock(element)) {
                flush(loose, blocks);
                switch (element.normalName()) {
                    case "ul", "ol" ->
                        blocks.add(new ItemList(
                                element.normalName().equals("ol"),
                                element.children().stream()
                                        .filter(item -> item.normalName().equals("li"))
                                        .map(item -> new Rich(blocks(item)))
                                        .toList()));
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> blocks.add(new SubHeading(inlines(element)));
                    case "p" -> {
                        List<Inline> inlines = inlines(element);
                        if (!inlines.isEmpty()) {
                            blocks.add(new Para(inlines));
                        }
                    }
                    default -> blocks.addAll(blocks(element)); // blockquote, div, pre: keep their content
                }
            } else {
                inline(child, false, false, loose);
            }
        }
        flush(loose, blocks);
        return List.copyOf(blocks);
    }

    private static void flush(List<Inline> loose, List<Block> blocks) {
        if (loose.stream()
                .anyMatch(inline -> !(inline instanceof Run run) || !run.text().isBlank())) {
            blocks.add(new Para(trim(List.copyOf(loose))));
        }
        loose.clear();
    }

    private static List<Inline> trim(List<Inline> inlines) {
        List<Inline> trimmed = new ArrayList<>(inlines);
        while (!trimmed.isEmpty() && trimmed.getLast() instanceof LineBreak) {
            trimmed.removeLast();
        }
        return List.copyOf(trimmed);
    }

    private static boolean isBlock(Element element) {
        return switch (element.normalName()) {
            case "p", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "pre" -> true;
            default -> false;
        };
    }

    private static List<Inline> inlines(Element element) {
        List<Inline> inlines = new ArrayList<>();
        for (Node child : element.childNodes()) {
            inline(child, false, false, inlines);
        }
        return trim(inlines);
    }

    private static void inline(Node node, boolean bold, boolean italic, List<Inline> into) {
        if (node instanceof TextNode text) {
            String value = text.text();
            if (!value.isEmpty()) {
                into.add(new Run(value, bold, italic));
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String name = element.normalName().toLowerCase(Locale.ROOT);
        switch (name) {
            case "br" -> into.add(new LineBreak());
            case "a" -> {
                String href = element.attr("href");
                into.add(href.isBlank() ? new Run(element.text(), bold, italic) : new Link(href, element.text()));
            }
            default -> {
                boolean strong = bold || name.equals("strong") || name.equals("b");
                boolean emphasis = italic || name.equals("em") || name.equals("i");
                for (Node child : element.childNodes()) {
                    if (child instanceof Element nested && isBlock(nested)) {
                        into.add(new LineBreak());
                        nested.childNodes().forEach(grandChild -> inline(grandChild, strong, emphasis, into));
                    } else {
                        inline(child, strong, emphasis, into);
                    }
                }
            }
        }
    }
}
