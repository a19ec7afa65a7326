package de.kokreation.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The milestones of each commitment by level as a PNG for the status report: one horizontal
 * stacked bar per commitment, labelled with its number, and a legend in words. The same figures
 * stand in a table next to it.
 */
final class ProgressChart {

    static final int WIDTH = 1600;

    /** The levels in the order they are drawn, with their colours (dark to light, withdrawn last). */
    static final List<String> LEVELS = List.of("COMPLETED", "SUBSTANTIAL", "LIMITED", "NOT_STARTED", "WITHDRAWN");

    private static final Color[] COLOURS = {
        new Color(0x14532D), new Color(0x3F8F4F), new Color(0xC9A227), new Color(0xD9D9D9), new Color(0x7A1F1F)
    };
    private static final int ROW = 56;
    private static final int LEFT = 90;
    private static final int BAR = WIDTH - LEFT - 40;

    /** One bar: the commitment's number and its milestones' counts per level, in the order of {@link #LEVELS}. */
    record Bar(int number, List<Integer> counts) {}

    private ProgressChart() {}

    static int height(int bars) {
        return 40 + bars * ROW + 90;
    }

    static byte[] png(List<Bar> bars, List<String> levelNames) {
        int height = height(bars.size());
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, WIDTH, height);
            graphics.setFont(ParticipationChart.baseFont().deriveFont(Font.PLAIN, 28f));
            int y = 40;
            for (Bar bar : bars) {
                graphics.setColor(new Color(0x1A1A1A));
                graphics.drawString(Integer.toString(bar.number()), 20, y + 32);
                int total = bar.counts().stream().mapToInt(Integer::intValue).sum();
                int x = LEFT;
                if (total == 0) {
                    graphics.setColor(new Color(0x767676));
                    graphics.drawRect(x, y, BAR, 40);
                }
                for (int level = 0; level < LEVELS.size() && total > 0; level++) {
                    int width = Math.round((float) BAR * bar.counts().get(level) / total);
                    graphics.setColor(COLOURS[level]);
                    graphics.fillRect(x, y, width, 40);
                    x += width;
                }
                y += ROW;
            }
            int x = LEFT;
            y += 20;
            for (int level = 0; level < LEVELS.size(); level++) {
                graphics.setColor(COLOURS[level]);
                graphics.fillRect(x, y, 30, 30);
                graphics.setColor(new Color(0x767676));
                graphics.drawRect(x, y, 30, 30);
                graphics.setColor(new Color(0x1A1A1A));
                String name = levelNames.get(level);
                graphics.drawString(name, x + 40, y + 26);
                x += 40 + graphics.getFontMetrics().stringWidth(name) + 40;
            }
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
