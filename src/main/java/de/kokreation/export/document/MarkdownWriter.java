package de.kokreation.export.document;

import de.kokreation.export.document.Document.Block;
import de.kokreation.export.document.Document.Chart;
import de.kokreation.export.document.Document.DataTable;
import de.kokreation.export.document.Document.FieldTable;
import de.kokreation.export.document.Document.Heading;
import de.kokreation.export.document.Document.Paragraph;
import de.kokreation.export.document.Rich.Inline;
import de.kokreation.export.document.Rich.ItemList;
import de.kokreation.export.document.Rich.LineBreak;
import de.kokreation.export.document.Rich.Link;
import de.kokreation.export.document.Rich.Para;
import de.kokreation.export.document.Rich.Run;
import de.kokreation.export.document.Rich.SubHeading;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CommonMark with GitHub's pipe tables. Field tables become a label heading per field, since a
 * Markdown table cell cannot hold paragraphs or lists; data tables become pipe tables.
 */
public class MarkdownWriter implements DocumentWriter {

    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|~])");
    private static final Pattern LINE_START_SIGN = Pattern.compile("(?m)^(\\s*)([+\\-=])");
    private static final Pattern LINE_START_NUMBER = Pattern.compile("(?m)^(\\s*\\d+)([.)])");

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("# " + escape(document.title()) + "\n\n");
        writer.write("**" + escape(document.subtitle()) + "**\n\n");
        for (String line : document.titleLines()) {
            writer.write(escape(line) + "  \n");
        }
        writer.write("\n## " + escape(document.tocHeading()) + "\n\n");
        for (Block block : document.body()) {
            if (block instanceof Heading heading && heading.level() <= document.tocDepth()) {
                writer.write("  ".repeat(heading.level() - 1) + "- [" + escape(heading.numbered()) + "](#"
                        + heading.anchor() + ")\n");
            }
        }
        writer.write("\n");
        for (Block block : document.body()) {
            switch (block) {
                case Heading heading ->
                    writer.write("<a id=\"" + heading.anchor() + "\"></a>\n\n"
                            + "#".repeat(Math.min(heading.level() + 1, 6)) + " " + escape(heading.numbered()) + "\n\n");
                case Paragraph paragraph -> writer.write(rich(paragraph.text(), "") + "\n");
                case FieldTable table -> {
                    for (Document.Field field : table.fields()) {
                        writer.write("**" + escape(field.label()) + "**\n\n");
                        writer.write(field.value().isEmpty() ? "–\n\n" : rich(field.value(), "") + "\n");
                    }
                }
                case DataTable table -> writer.write(table(table));
                case Chart chart -> writer.write("*" + escape(chart.altText()) + "*\n\n");
            }
        }
        writer.flush();
    }

    private static String table(DataTable table) {
        StringBuilder text = new StringBuilder();
        if (!table.caption().isBlank()) {
            text.append("*").append(escape(table.caption())).append("*\n\n");
        }
        text.append("| ")
                .append(String.join(
                        " | ",
                        table.headers().stream().map(MarkdownWriter::escape).toList()))
                .append(" |\n");
        text.append("|").append(" --- |".repeat(table.headers().size())).append("\n");
        for (List<Rich> row : table.rows()) {
            text.append("| ")
                    .append(String.join(
                            " | ", row.stream().map(MarkdownWriter::cell).toList()))
                    .append(" |\n");
        }
        return text.append("\n").toString();
    }

    /** A table cell holds one line: paragraphs and items are joined with line break tags. */
    private static String cell(Rich rich) {
        StringBuilder text = new StringBuilder();
        for (Rich.Block block : rich.blocks()) {
            if (!text.isEmpty()) {
                text.append("<br>");
            }
            switch (block) {
                case Para(List<Inline> inlines) -> text.append(inlines(inlines).replace("  \n", "<br>"));
                case SubHeading(List<Inline> inlines) ->
                    text.append("**").append(inlines(inlines)).append("**");
                case ItemList list ->
                    text.append(String.join(
                            "<br>",
                            list.items().stream().map(item -> "• " + cell(item)).toList()));
            }
        }
        return text.isEmpty() ? "–" : text.toString();
    }

    private static String rich(Rich rich, String indent) {
        StringBuilder text = new StringBuilder();
        for (Rich.Block block : rich.blocks()) {
            switch (block) {
                case Para(List<Inline> inlines) ->
                    text.append(indent)
                            .append(inlines(inlines).replace("\n", "\n" + indent))
                            .append("\n\n");
                case SubHeading(List<Inline> inlines) ->
                    text.append(indent).append("#### ").append(inlines(inlines)).append("\n\n");
                case ItemList(boolean ordered, List<Rich> items) -> {
                    int number = 1;
                    for (Rich item : items) {
                        String marker = ordered ? (number++) + ". " : "- ";
                        String body =
                                rich(item, indent + " ".repeat(marker.length())).strip();
                        text.append(indent).append(marker).append(body).append("\n");
                    }
                    text.append("\n");
                }
            }
        }
        return text.toString();
    }

    private static String inlines(List<Inline> inlines) {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            switch (inline) {
                case Run run -> {
                    String value = escape(run.text());
                    if (value.isBlank()) {
                        text.append(value);
                    } else {
                        String marker = (run.bold() ? "**" : "") + (run.italic() ? "*" : "");
                        text.append(marker).append(value).append(new StringBuilder(marker).reverse());
                    }
                }
                case Link link ->
                    text.append("[")
                            .append(escape(link.text()))
                            .append("](<")
                            .append(link.href()
                                    .replace("<", "%3C")
                                    .replace(">", "%3E")
                                    .replace(" ", "%20"))
                            .append(">)");
                case LineBreak ignored -> text.append("  \n");
            }
        }
        return text.toString();
    }

    /** Text stays text: Markdown's special characters and line-start markers are escaped. */
    static String escape(String text) {
        String escaped = MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1");
        escaped = LINE_START_SIGN.matcher(escaped).replaceAll("$1\\\\$2");
        return LINE_START_NUMBER.matcher(escaped).replaceAll("$1\\\\$2");
    }
}
