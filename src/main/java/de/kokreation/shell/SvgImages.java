package de.kokreation.shell;

import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * The frame of every chart drawn on the server: an {@code <svg>} image (role img) labelled by its
 * title and its description, which screen readers read in place of the drawing. The figures
 * themselves stand in a table next to the chart; the page puts it there.
 */
public final class SvgImages {

    private SvgImages() {}

    /** The opening of the image with its title and description; the drawing and {@code </svg>} follow. */
    public static StringBuilder open(String id, int width, int height, String title, String description) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(
                        Locale.ROOT,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"kk-chart\" viewBox=\"0 0 %d %d\""
                                + " width=\"%d\" height=\"%d\" aria-labelledby=\"%s-title %s-desc\" id=\"%s\">",
                        width,
                        height,
                        width,
                        height,
                        id,
                        id,
                        id))
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        return svg;
    }

    /** Text as it may stand in an SVG element or attribute. */
    public static String escape(String text) {
        return Entities.escape(text);
    }
}
