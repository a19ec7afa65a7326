package de.kokreation.export.document;

import java.util.List;
import java.util.Locale;

/**
 * A document to write in any format: a title page, a table of contents over the numbered
 * headings, and the body.
 *
 * @param titleLines further lines on the title page (consultation, date, who exported it)
 * @param tocHeading the heading of the table of contents
 * @param tocDepth the deepest heading level the table of contents lists
 */
public record Document(
        String title,
        String subtitle,
        List<String> titleLines,
        String tocHeading,
        int tocDepth,
        List<Block> body,
        Locale locale) {

    public sealed interface Block permits Heading, Paragraph, FieldTable, DataTable, Chart {}

    /**
     * A numbered heading; level 1 starts a new page.
     *
     * @param anchor a stable id for links from the table of contents
     */
    public record Heading(int level, String number, String text, String anchor) implements Block {

        public String numbered() {
            return number.isEmpty() ? text : number + " " + text;
        }
    }

    public record Paragraph(Rich text) implements Block {}

    /** The OGP template's way of laying out a commitment: field names left, content right. */
    public record FieldTable(String caption, List<Field> fields) implements Block {}

    public record Field(String label, Rich value) {}

    /**
     * A table with a header row.
     *
     * @param widths relative column widths, one per header
     * @param rows the rows, which may be read from the database while the table is written (a
     *         report lists 100,000 proposals): iterate them once
     */
    public record DataTable(String caption, List<String> headers, List<Integer> widths, Iterable<List<Rich>> rows)
            implements Block {}

    /** A chart as a PNG image with a text alternative (its data also stands in a table next to it). */
    public record Chart(byte[] png, int widthPx, int heightPx, String altText) implements Block {}
}
