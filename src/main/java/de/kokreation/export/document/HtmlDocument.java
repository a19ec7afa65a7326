package de.kokreation.export.document;

import java.util.Base64;
import java.util.List;

import org.jsoup.nodes.Element;

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

/**
 * The document as an HTML page built with jsoup's DOM (every text node escaped by construction),
 * laid out for print: title page, table of contents with page numbers, page numbers in the footer.
 */
final class HtmlDocument {

    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String PRINT_CSS = """
            @page { size: A4; margin: 22mm 20mm 22mm 20mm;
                    @bottom-center { content: counter(page); font-family: 'DejaVu Sans'; font-size: 9pt; } }
            @page :first { @bottom-center { content: none; } }
            body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.4; color: #1a1a1a; }
            .title-page { page-break-after: always; padding-top: 60mm; }
            .title-page h1 { font-size: 24pt; margin: 0 0 8mm 0; }
            .title-page .subtitle { font-size: 14pt; margin-bottom: 20mm; }
            .title-page p { margin: 0 0 2mm 0; }
            nav { page-break-after: always; }
            nav ol { list-style: none; padding: 0; }
            nav li.level-2 { margin-left: 8mm; }
            nav a { color: #1a1a1a; text-decoration: none; }
            nav a::after { content: leader('.') target-counter(attr(href), page); }
            h2 { font-size: 16pt; margin-top: 10mm; page-break-after: avoid; }
            h2.page-start { page-break-before: always; margin-top: 0; }
            h3 { font-size: 12.5pt; margin-top: 6mm; page-break-after: avoid; }
            h4 { font-size: 11pt; }
            table { width: 100%; border-collapse: collapse; margin: 3mm 0 5mm 0; -fs-table-paginate: paginate; }
            caption { text-align: left; font-weight: bold; margin-bottom: 2mm; }
            th, td { border: 0.5pt solid #8a8a8a; padding: 1.5mm 2mm; vertical-align: top; text-align: left; }
            thead th { background: #e8eef5; }
            table.fields th { width: 34%; background: #f2f5f9; font-weight: bold; }
            tr { page-break-inside: avoid; }
            td p, th p { margin: 0 0 1.5mm 0; }
            td ul, td ol { margin: 0; padding-left: 5mm; }
            a { color: #0b4f8a; }
            img.chart { width: 100%; }
            """;

    private HtmlDocument() {
    }

    static org.jsoup.nodes.Document of(Document document) {
        org.jsoup.nodes.Document html = org.jsoup.nodes.Document.createShell("");
        html.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml);
        html.selectFirst("html").attr("lang", document.locale().getLanguage());
        html.title(document.title());
        html.head().appendElement("meta").attr("name", "subject").attr("content", document.subtitle());
        html.head().appendElement("style").appendText(PRINT_CSS);
        Element body = html.body();

        Element titlePage = body.appendElement("section").addClass("title-page");
        titlePage.appendElement("h1").text(document.title());
        titlePage.appendElement("p").addClass("subtitle").text(document.subtitle());
        document.titleLines().forEach(line -> titlePage.appendElement("p").text(line));

        Element toc = body.appendElement("nav");
        toc.appendElement("h2").text(document.tocHeading());
        Element entries = toc.appendElement("ol");
        for (Block block : document.body()) {
            if (block instanceof Heading heading && heading.level() <= document.tocDepth()) {
                entries.appendElement("li").addClass("level-" + heading.level())
                        .appendElement("a").attr("href", "#" + heading.anchor()).attr("title", heading.numbered())
                        .text(heading.numbered());
            }
        }

        for (Block block : document.body()) {
            switch (block) {
                case Heading heading -> {
                    Element element = body.appendElement("h" + Math.min(heading.level() + 1, 6))
                            .id(heading.anchor()).text(heading.numbered());
                    if (heading.level() == 1) {
                        element.addClass("page-start");
                    }
                }
                case Paragraph paragraph -> rich(body, paragraph.text());
                case FieldTable table -> fieldTable(body, table);
                case DataTable table -> dataTable(body, table);
                case Chart chart -> body.appendElement("img").addClass("chart")
                        .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(chart.png()))
                        .attr("alt", chart.altText());
            }
        }
        return html;
    }

    private static void fieldTable(Element parent, FieldTable table) {
        Element element = parent.appendElement("table").addClass("fields");
        element.appendElement("caption").text(table.caption());
        Element rows = element.appendElement("tbody");
        for (Document.Field field : table.fields()) {
            Element row = rows.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(field.label());
            cell(row.appendElement("td"), field.value());
        }
    }

    private static void dataTable(Element parent, DataTable table) {
        Element element = parent.appendElement("table");
        if (!table.caption().isBlank()) {
            element.appendElement("caption").text(table.caption());
        }
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        Element columns = element.appendElement("colgroup");
        table.widths().forEach(width -> columns.appendElement("col").attr("style", "width: " + (100 * width / total) + "%"));
        Element head = element.appendElement("thead").appendElement("tr");
        table.headers().forEach(header -> head.appendElement("th").attr("scope", "col").text(header));
        Element rows = element.appendElement("tbody");
        for (List<Rich> row : table.rows()) {
            Element tableRow = rows.appendElement("tr");
            row.forEach(value -> cell(tableRow.appendElement("td"), value));
        }
    }

    private static void cell(Element cell, Rich value) {
        if (value.isEmpty()) {
            cell.text("–");
        } else if (value.blocks().size() == 1 && value.blocks().getFirst() instanceof Para(List<Inline> inlines)) {
            inlines(cell, inlines);
        } else {
            rich(cell, value);
        }
    }

    static void rich(Element parent, Rich rich) {
        for (Rich.Block block : rich.blocks()) {
            switch (block) {
                case Para(List<Inline> inlines) -> inlines(parent.appendElement("p"), inlines);
                case SubHeading(List<Inline> inlines) -> inlines(parent.appendElement("h4"), inlines);
                case ItemList(boolean ordered, List<Rich> items) -> {
                    Element list = parent.appendElement(ordered ? "ol" : "ul");
                    for (Rich item : items) {
                        Element listItem = list.appendElement("li");
                        if (item.blocks().size() == 1 && item.blocks().getFirst() instanceof Para(List<Inline> inlines)) {
                            inlines(listItem, inlines);
                        } else {
                            rich(listItem, item);
                        }
                    }
                }
            }
        }
    }

    private static void inlines(Element parent, List<Inline> inlines) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Run run -> {
                    Element target = parent;
                    if (run.bold()) {
                        target = target.appendElement("strong");
                    }
                    if (run.italic()) {
                        target = target.appendElement("em");
                    }
                    target.appendText(run.text());
                }
                // The title is the link's description in the tagged PDF (PDF/UA wants one per link).
                case Link link -> parent.appendElement("a").attr("href", link.href()).attr("title", link.text())
                        .text(link.text());
                case LineBreak ignored -> parent.appendElement("br");
            }
        }
    }
}
