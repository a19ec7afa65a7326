package de.kokreation.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Participation per week as a PNG: one bar panel each for proposals, comments and votes, each
 * with its own scale so that a few proposals do not vanish next to many votes. Drawn with Java2D
 * in the embedded DejaVu font, so it looks the same on every server.
 */
final class ParticipationChart {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1050;

    private static final Color[] COLORS = {new Color(0x0B4F8A), new Color(0x2E7D32), new Color(0xA14A00)};
    private static final Font BASE_FONT = loadFont();

    /** One labelled series of values, one per week. */
    record Series(String label, List<Long> values) {}

    private ParticipationChart() {}

    static byte[] png(List<String> weekLabels, List<Series> series) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, WIDTH, HEIGHT);
            int panelHeight = HEIGHT / series.size();
            for (int i = 0; i < series.size(); i++) {
                panel(
                        graphics,
                        i * panelHeight,
                        panelHeight,
                        weekLabels,
                        series.get(i),
                        COLORS[i % COLORS.length],
                        i == series.size() - 1);
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

    private static void panel(
            Graphics2D graphics,
            int top,
            int height,
            List<String> weekLabels,
            Series series,
            Color color,
            boolean withWeekLabels) {
        int left = 110;
        int right = WIDTH - 30;
        int plotTop = top + 60;
        int plotBottom = top + height - (withWeekLabels ? 70 : 30);
        long max = Math.max(
                1, series.values().stream().mapToLong(Long::longValue).max().orElse(1));
        long step = niceStep(max);
        long scaleMax = ((max + step - 1) / step) * step;

        graphics.setFont(BASE_FONT.deriveFont(Font.BOLD, 30f));
        graphics.setColor(new Color(0x1A1A1A));
        graphics.drawString(series.label(), left, top + 40);

        graphics.setFont(BASE_FONT.deriveFont(22f));
        graphics.setStroke(new BasicStroke(1f));
        for (long tick = 0; tick <= scaleMax; tick += step) {
            int y = plotBottom - (int) ((plotBottom - plotTop) * tick / (double) scaleMax);
            graphics.setColor(new Color(0xDDDDDD));
            graphics.drawLine(left, y, right, y);
            graphics.setColor(new Color(0x444444));
            String label = Long.toString(tick);
            graphics.drawString(label, left - 12 - graphics.getFontMetrics().stringWidth(label), y + 8);
        }
        int count = series.values().size();
        double slot = (right - left) / (double) Math.max(1, count);
        int barWidth = Math.max(2, (int) (slot * 0.7));
        graphics.setColor(color);
        for (int i = 0; i < count; i++) {
            long value = series.values().get(i);
            int barHeight = (int) ((plotBottom - plotTop) * value / (double) scaleMax);
            int x = left + (int) (i * slot + (slot - barWidth) / 2);
            graphics.fillRect(x, plotBottom - barHeight, barWidth, barHeight);
        }
        graphics.setColor(new Color(0x444444));
        graphics.drawLine(left, plotBottom, right, plotBottom);
        if (withWeekLabels) {
            // Label as many weeks as fit, evenly spaced.
            int every = Math.max(1, (int) Math.ceil(count / (double) Math.max(1, (right - left) / 130)));
            for (int i = 0; i < count; i += every) {
                String label = weekLabels.get(i);
                int x = left
                        + (int) (i * slot + slot / 2)
                        - graphics.getFontMetrics().stringWidth(label) / 2;
                graphics.drawString(label, Math.max(0, x), plotBottom + 32);
            }
        }
    }

    private static long niceStep(long max) {
        double rough = max / 4.0;
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(1, rough))));
        for (int factor : new int[] {1, 2, 5, 10}) {
            if (factor * magnitude >= rough) {
                return Math.max(1, (long) (factor * magnitude));
            }
        }
        return Math.max(1, (long) (10 * magnitude));
    }

    /** The embedded DejaVu Sans, for every chart of the documents. */
    static Font baseFont() {
        return BASE_FONT;
    }

    private static Font loadFont() {
        try (InputStream stream =
                ParticipationChart.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            if (stream == null) {
                return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
            return Font.createFont(Font.TRUETYPE_FONT, stream);
        } catch (IOException | FontFormatException e) {
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}
