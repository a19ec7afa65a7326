package de.kokreation.dashboard.ui;

import de.kokreation.shell.SvgImages;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Bar charts drawn on the server as SVG, without a charting library: an image with a title and a
 * description for screen readers (role img, labelled by both), bars in one colour with a contrast
 * of more than 3:1 against the page, the largest value and zero on the axis. The figures stand in
 * a table next to every chart; the chart adds the shape, not the numbers.
 */
final class SvgBarChart {

    /** Lumo's primary blue on white: 5.5:1, readable as a graphic object (WCAG 1.4.11 asks 3:1). */
    private static final String BAR = "#1a5fb4";

    private static final String TEXT = "#2b2b2b";

    private static final String AXIS = "#6b6b6b";

    private SvgBarChart() {}

    /** Columns side by side, one per period; the first and last period named below the axis. */
    static String columns(
            String id, String title, String description, List<String> labels, List<Long> values, Locale locale) {
        // about the width it is shown at, so that its text keeps its size
        int width = 420;
        int height = 180;
        int left = 52;
        int bottom = 28;
        int top = 12;
        int plotWidth = width - left - 8;
        int plotHeight = height - top - bottom;
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = start(id, title, description, width, height);
        double slot = (double) plotWidth / Math.max(1, values.size());
        double barWidth = Math.max(1, slot * 0.8);
        for (int i = 0; i < values.size(); i++) {
            double barHeight = (double) values.get(i) * plotHeight / max;
            double x = left + i * slot + (slot - barWidth) / 2;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    x,
                    top + plotHeight - barHeight,
                    barWidth,
                    barHeight,
                    BAR));
        }
        axis(svg, left, top, plotWidth, plotHeight, max, locale);
        if (!labels.isEmpty()) {
            text(svg, left, height - 8, "start", labels.getFirst());
            if (labels.size() > 1) {
                text(svg, left + plotWidth, height - 8, "end", labels.getLast());
            }
        }
        return svg.append("</svg>").toString();
    }

    /** One bar per row, the row's name left of it and its value (as {@code format} says) right of it. */
    static String rows(
            String id,
            String title,
            String description,
            List<String> labels,
            List<Long> values,
            long max,
            LongFunction<String> format) {
        int rowHeight = 28;
        int labelWidth = 150;
        int width = 420;
        int valueWidth = 64;
        int height = rowHeight * Math.max(1, labels.size()) + 8;
        int plotWidth = width - labelWidth - valueWidth;
        StringBuilder svg = start(id, title, description, width, height);
        long scale = Math.max(1, max);
        for (int i = 0; i < labels.size(); i++) {
            int y = 4 + i * rowHeight;
            double barWidth = (double) values.get(i) * plotWidth / scale;
            text(svg, labelWidth - 8, y + 18, "end", shortened(labels.get(i)));
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    labelWidth,
                    y + 4,
                    barWidth,
                    rowHeight - 8,
                    BAR));
            text(svg, (int) (labelWidth + barWidth + 6), y + 18, "start", format.apply(values.get(i)));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"0\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
                labelWidth,
                labelWidth,
                height,
                AXIS));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder start(String id, String title, String description, int width, int height) {
        return SvgImages.open(id, width, height, title, description);
    }

    private static void axis(
            StringBuilder svg, int left, int top, int plotWidth, int plotHeight, long max, Locale locale) {
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
                left,
                top + plotHeight,
                left + plotWidth,
                top + plotHeight,
                AXIS));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\"/>",
                left,
                top,
                left,
                top + plotHeight,
                AXIS));
        text(svg, left - 6, top + 10, "end", String.format(locale, "%,d", max));
        text(svg, left - 6, top + plotHeight, "end", "0");
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, String text) {
        svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"13\" fill=\"%s\">",
                        x,
                        y,
                        anchor,
                        TEXT))
                .append(escaped(text))
                .append("</text>");
    }

    private static String shortened(String label) {
        return label.length() <= 20 ? label : label.substring(0, 18).strip() + "…";
    }

    private static String escaped(String text) {
        return SvgImages.escape(text);
    }
}
