package de.kokreation.actionplan.ui;

import com.vaadin.flow.component.Svg;
import de.kokreation.actionplan.CommitmentLine;
import de.kokreation.actionplan.CompletionLevel;
import de.kokreation.actionplan.MilestoneLine;
import de.kokreation.shell.SvgImages;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The milestones of each commitment by level as a horizontal stacked bar, drawn on the server as
 * SVG: an image with a title and a description for screen readers, colours that differ in
 * lightness as well, and the same figures in a table next to it (built by the page).
 */
final class LevelChart {

    /** Drawn from completed (left) to not started; withdrawn at the end. */
    static final List<CompletionLevel> ORDER = List.of(
            CompletionLevel.COMPLETED,
            CompletionLevel.SUBSTANTIAL,
            CompletionLevel.LIMITED,
            CompletionLevel.NOT_STARTED,
            CompletionLevel.WITHDRAWN);

    private static final Map<CompletionLevel, String> COLOURS = Map.of(
            CompletionLevel.COMPLETED, "#14532d",
            CompletionLevel.SUBSTANTIAL, "#3f8f4f",
            CompletionLevel.LIMITED, "#c9a227",
            CompletionLevel.NOT_STARTED, "#d9d9d9",
            CompletionLevel.WITHDRAWN, "#7a1f1f");

    private static final int LABEL_WIDTH = 40;
    private static final int BAR_WIDTH = 520;
    private static final int ROW_HEIGHT = 26;

    private LevelChart() {}

    static Map<CompletionLevel, Integer> countByLevel(CommitmentLine commitment) {
        Map<CompletionLevel, Integer> counts = new EnumMap<>(CompletionLevel.class);
        for (MilestoneLine milestone : commitment.milestones()) {
            counts.merge(milestone.level(), 1, Integer::sum);
        }
        return counts;
    }

    /** One bar: its short label and its counts per level. */
    record Bar(String label, Map<CompletionLevel, Integer> counts) {}

    /** One bar per commitment, labelled with its number: its milestones by level. */
    static Svg svg(
            List<CommitmentLine> commitments,
            String title,
            String description,
            Function<CompletionLevel, String> names) {
        return svg(
                "level-chart",
                commitments.stream()
                        .map(commitment -> new Bar(Integer.toString(commitment.number()), countByLevel(commitment)))
                        .toList(),
                title,
                description,
                names);
    }

    static Svg svg(
            String id, List<Bar> bars, String title, String description, Function<CompletionLevel, String> names) {
        int legendHeight = 30;
        int height = bars.size() * ROW_HEIGHT + legendHeight + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + 10;
        StringBuilder svg = SvgImages.open(id, width, height, title, description);
        int y = 5;
        for (Bar bar : bars) {
            svg.append("<text x=\"0\" y=\"")
                    .append(y + 17)
                    .append("\" font-size=\"14\">")
                    .append(escape(bar.label()))
                    .append("</text>");
            Map<CompletionLevel, Integer> counts = bar.counts();
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            int x = LABEL_WIDTH;
            if (total == 0) {
                svg.append(rect(x, y, BAR_WIDTH, 20, "#ffffff", "stroke=\"#767676\""));
            }
            for (CompletionLevel level : ORDER) {
                int count = counts.getOrDefault(level, 0);
                if (count == 0 || total == 0) {
                    continue;
                }
                int segment = Math.round((float) BAR_WIDTH * count / total);
                svg.append(rect(x, y, segment, 20, COLOURS.get(level), ""));
                x += segment;
            }
            y += ROW_HEIGHT;
        }
        int x = LABEL_WIDTH;
        for (CompletionLevel level : ORDER) {
            svg.append(rect(x, y + 6, 14, 14, COLOURS.get(level), "stroke=\"#767676\""));
            String name = names.apply(level);
            svg.append("<text x=\"")
                    .append(x + 18)
                    .append("\" y=\"")
                    .append(y + 18)
                    .append("\" font-size=\"12\">")
                    .append(escape(name))
                    .append("</text>");
            x += 24 + name.length() * 7;
        }
        svg.append("</svg>");
        return new Svg(svg.toString());
    }

    private static String rect(int x, int y, int width, int height, String colour, String extra) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + height + "\" fill=\""
                + colour + "\" " + extra + "/>";
    }

    private static String escape(String text) {
        return SvgImages.escape(text);
    }
}
