package de.kokreation.export.document;

import de.kokreation.export.document.Rich.Inline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jspecify.annotations.Nullable;

/**
 * The embedded fonts of a PDF (DejaVu Sans, subset: umlauts, ß and dashes look the same in every
 * reader) and text broken into lines of a given width. Widths are measured per character once;
 * characters the font cannot show become "?", control characters are left out.
 */
final class PdfText {

    static final int REGULAR = 0;
    static final int BOLD = 1;
    static final int ITALIC = 2;
    static final int BOLD_ITALIC = 3;
    /** Line height as a multiple of the font size. */
    static final float LEADING = 1.35f;

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String[] FILES = {
        "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"
    };
    private static final float NO_GLYPH = -1;

    private final PDType0Font[] fonts = new PDType0Font[FILES.length];
    /** Width of each character of the Basic Multilingual Plane per style, in thousandths of an em. */
    private final float[][] widths = new float[FILES.length][];

    private final List<Map<Integer, Float>> supplementaryWidths = new ArrayList<>();

    PdfText(PDDocument pdf) throws IOException {
        for (int style = 0; style < FILES.length; style++) {
            try (InputStream font = PdfText.class.getResourceAsStream(FONTS + FILES[style])) {
                if (font == null) {
                    throw new IOException("font missing on the class path: " + FILES[style]);
                }
                TrueTypeFont trueType = new TTFParser().parse(new RandomAccessReadBuffer(font));
                // Without glyph substitution (ligatures): PDFBox would compile regular expressions for
                // every piece of text shown, minutes for a large report; German text needs none.
                trueType.setEnableGsub(false);
                fonts[style] = PDType0Font.load(pdf, trueType, true);
            }
            widths[style] = new float[Character.MAX_VALUE + 1];
            Arrays.fill(widths[style], Float.NaN);
            supplementaryWidths.add(new HashMap<>());
        }
    }

    PDType0Font font(int style) {
        return fonts[style];
    }

    /** Cuts each font down to the glyphs shown, once all pages are drawn and before the file is written. */
    void subsetFonts() throws IOException {
        for (PDType0Font font : fonts) {
            if (font.willBeSubset()) {
                font.subset();
            }
        }
    }

    static int style(boolean bold, boolean italic) {
        return (bold ? BOLD : 0) | (italic ? ITALIC : 0);
    }

    /** The distance from a line's top to its baseline. */
    float ascent(float size) {
        return fonts[REGULAR].getFontDescriptor().getAscent() / 1000 * size + (LEADING - 1) / 2 * size;
    }

    float width(String text, int style, float size) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            total += Math.max(0, glyphWidth(codePoint, style));
            i += Character.charCount(codePoint);
        }
        return total / 1000 * size;
    }

    /** The text as the font can show it; whitespace of any kind becomes a plain space. */
    String printable(String text, int style) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String replacement = Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                    ? (codePoint == ' ' ? null : " ")
                    : Character.isISOControl(codePoint) ? "" : glyphWidth(codePoint, style) == NO_GLYPH ? "?" : null;
            if (replacement != null && shown == null) {
                shown = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (shown != null) {
                if (replacement != null) {
                    shown.append(replacement);
                } else {
                    shown.appendCodePoint(codePoint);
                }
            }
            i = next;
        }
        return shown == null ? text : shown.toString();
    }

    private float glyphWidth(int codePoint, int style) {
        if (codePoint <= Character.MAX_VALUE) {
            float width = widths[style][codePoint];
            if (Float.isNaN(width)) {
                width = measure(codePoint, style);
                widths[style][codePoint] = width;
            }
            return width;
        }
        return supplementaryWidths.get(style).computeIfAbsent(codePoint, point -> measure(point, style));
    }

    private float measure(int codePoint, int style) {
        try {
            return fonts[style].getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IllegalArgumentException noGlyph) {
            return NO_GLYPH;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- lines ---------------------------------------------------------------------------------

    /** A link's structure element, made when its first piece of text is drawn (so it stands in reading order). */
    static final class LinkTag {

        final String href;
        /** The link's whole text, its description for screen readers. */
        final String text;

        final PDStructureElement parent;

        @Nullable
        PDStructureElement element;
        /** The clickable area on the page drawn last; a link's lines on one page share it. */
        @Nullable
        PDAnnotationLink annotation;

        @Nullable
        PDPage annotationPage;

        LinkTag(String href, String text, PDStructureElement parent) {
            this.href = href;
            this.text = text;
            this.parent = parent;
        }
    }

    /** Text on one line in one style, starting x points after the line's indent. */
    record Segment(
            String text,
            int style,
            float x,
            float width,
            @Nullable LinkTag link) {}

    /** A list item's bullet or number, drawn in the hanging indent left of the item's first line. */
    record Label(String text, PDStructureElement tag) {}

    /**
     * A line of text: its segments, its indent from the left edge of its box, the structure element
     * its text belongs to, and the space left free after it (the end of a paragraph).
     */
    record Line(
            List<Segment> segments,
            float indent,
            float size,
            PDStructureElement tag,
            @Nullable Label label,
            float spaceAfter) {

        float height() {
            return size * LEADING + spaceAfter;
        }

        Line withSpaceAfter(float space) {
            return new Line(segments, indent, size, tag, label, space);
        }

        Line withLabel(Label newLabel) {
            return new Line(segments, indent, size, tag, newLabel, spaceAfter);
        }
    }

    /** Breaks plain text into lines, in one style throughout. */
    List<Line> lines(String plain, float width, float indent, float size, boolean bold, PDStructureElement tag) {
        return lines(List.of(new Rich.Run(plain, false, false)), width, indent, size, bold, tag);
    }

    /** Breaks a paragraph's inline runs into lines that fit the width (left aligned, at spaces). */
    List<Line> lines(
            List<Inline> inlines, float width, float indent, float size, boolean bold, PDStructureElement tag) {
        LineBreaker breaker = new LineBreaker(width - indent, indent, size, tag);
        for (Inline inline : inlines) {
            switch (inline) {
                case Rich.Run run -> breaker.text(run.text(), style(bold || run.bold(), run.italic()), null);
                case Rich.Link link ->
                    breaker.text(link.text(), style(bold, false), new LinkTag(link.href(), link.text(), tag));
                case Rich.LineBreak ignored -> breaker.newLine();
            }
        }
        return breaker.finish();
    }

    private final class LineBreaker {

        private final float width;
        private final float indent;
        private final float size;
        private final PDStructureElement tag;
        private final List<Line> lines = new ArrayList<>();
        private List<Segment> segments = new ArrayList<>();
        private float x;
        private boolean spacePending;
        private @Nullable StringBuilder text;
        private int textStyle;
        private float textX;
        private float textWidth;
        private @Nullable LinkTag textLink;

        LineBreaker(float width, float indent, float size, PDStructureElement tag) {
            this.width = Math.max(width, size * 2);
            this.indent = indent;
            this.size = size;
            this.tag = tag;
        }

        void text(String raw, int style, @Nullable LinkTag link) {
            String shown = printable(raw, style);
            int length = shown.length();
            int i = 0;
            while (i < length) {
                if (shown.charAt(i) == ' ') {
                    spacePending = true;
                    i++;
                    continue;
                }
                int end = shown.indexOf(' ', i);
                if (end < 0) {
                    end = length;
                }
                word(shown.substring(i, end), style, link);
                i = end;
            }
        }

        private void word(String word, int style, @Nullable LinkTag link) {
            float wordWidth = PdfText.this.width(word, style, size);
            float space = spacePending && x > 0 ? PdfText.this.width(" ", style, size) : 0;
            spacePending = false;
            if (x + space + wordWidth <= width) {
                append(word, style, link, space, wordWidth);
                return;
            }
            if (x > 0) {
                newLine();
            }
            if (wordWidth <= width) {
                append(word, style, link, 0, wordWidth);
                return;
            }
            // A word wider than the line (a long address): broken where the line ends.
            int start = 0;
            for (int end = 1; end <= word.length(); end++) {
                String piece = word.substring(start, end);
                float pieceWidth = PdfText.this.width(piece, style, size);
                if (pieceWidth > width && end - start > 1) {
                    String fits = word.substring(start, end - 1);
                    append(fits, style, link, 0, PdfText.this.width(fits, style, size));
                    newLine();
                    start = end - 1;
                }
            }
            String rest = word.substring(start);
            append(rest, style, link, 0, PdfText.this.width(rest, style, size));
        }

        private void append(String word, int style, @Nullable LinkTag link, float space, float wordWidth) {
            if (text != null && textStyle == style && textLink == link) {
                if (space > 0) {
                    text.append(' ');
                }
                text.append(word);
                textWidth += space + wordWidth;
            } else {
                flushSegment();
                text = new StringBuilder(word);
                textStyle = style;
                textLink = link;
                textX = x + space;
                textWidth = wordWidth;
            }
            x += space + wordWidth;
        }

        private void flushSegment() {
            if (text != null) {
                segments.add(new Segment(text.toString(), textStyle, textX, textWidth, textLink));
                text = null;
            }
        }

        void newLine() {
            flushSegment();
            lines.add(new Line(segments, indent, size, tag, null, 0));
            segments = new ArrayList<>();
            x = 0;
            spacePending = false;
        }

        List<Line> finish() {
            flushSegment();
            if (!segments.isEmpty() || lines.isEmpty()) {
                lines.add(new Line(segments, indent, size, tag, null, 0));
            }
            return lines;
        }
    }
}
