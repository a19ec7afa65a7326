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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * DOCX (Office Open XML), written as a stream: the document's XML goes into the zip element by
 * element while the rows of a table are still being read, so a report of 100,000 proposals takes
 * seconds and little memory (an object model such as Apache POI's holds every run and takes
 * gigabytes). Real heading styles (Word's navigation pane and outline work), a table of contents
 * field that Word fills in with page numbers when the file opens, numbered and bulleted lists as
 * Word lists, tables with fixed column widths and header rows repeated on every page, page numbers
 * in the footer.
 */
public class DocxWriter implements DocumentWriter {

    private static final String FONT = "Arial";
    private static final String LINK_COLOR = "0B4F8A";
    private static final String HEADER_FILL = "E8EEF5";
    private static final String BORDER_COLOR = "9AA5B1";
    /** A4 with 2 cm margins, in twentieths of a point. */
    private static final int PAGE_WIDTH_TWIPS = 11906;

    private static final int PAGE_HEIGHT_TWIPS = 16838;
    private static final int MARGIN_TWIPS = 1134;
    private static final int TEXT_WIDTH_TWIPS = PAGE_WIDTH_TWIPS - 2 * MARGIN_TWIPS;
    /** The text width in the English Metric Units of drawings (360,000 per centimetre). */
    private static final long TEXT_WIDTH_EMU = 16L * 360_000;

    private static final int BULLETS_NUM_ID = 1;

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
        try {
            new Writing(document, zip).write();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.finish();
        zip.flush();
    }

    /** One document being written: its links, pictures, lists and bookmarks so far. */
    private static final class Writing {

        private final Document document;
        private final ZipOutputStream zip;
        /** Relationship id per external link target, in the order of first use. */
        private final Map<String, String> linkIds = new LinkedHashMap<>();

        private final List<byte[]> pictures = new ArrayList<>();
        private int numberedLists;
        private long bookmarks;
        private long paragraphs;
        private XmlWriter x;

        Writing(Document document, ZipOutputStream zip) {
            this.document = document;
            this.zip = zip;
        }

        void write() throws IOException {
            part("word/document.xml", xml -> {
                x = xml;
                body();
            });
            // Written after the body, which is where links, pictures and lists turn up.
            part("word/_rels/document.xml.rels", this::documentRelationships);
            for (int i = 0; i < pictures.size(); i++) {
                zip.putNextEntry(new ZipEntry("word/media/" + pictureName(i)));
                zip.write(pictures.get(i));
                zip.closeEntry();
            }
            part("word/numbering.xml", this::numbering);
            part("word/styles.xml", this::styles);
            part(
                    "word/settings.xml",
                    xml -> xml.start("w:settings")
                            .attr("xmlns:w", W)
                            .empty("w:defaultTabStop", "w:val", "708")
                            // Word fills in the table of contents' page numbers when it opens the file.
                            .empty("w:updateFields", "w:val", "true")
                            .start("w:compat")
                            .empty(
                                    "w:compatSetting",
                                    "w:name",
                                    "compatibilityMode",
                                    "w:uri",
                                    "http://schemas.microsoft.com/office/word",
                                    "w:val",
                                    "15")
                            .end());
            part("word/footer1.xml", this::footer);
            part("docProps/core.xml", this::coreProperties);
            part(
                    "docProps/app.xml",
                    xml -> xml.start("Properties")
                            .attr("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
                            .element("Application", "Kokreation"));
            part("_rels/.rels", xml -> {
                xml.start("Relationships").attr("xmlns", RELATIONSHIPS);
                relationship(xml, "rId1", R + "/officeDocument", "word/document.xml");
                relationship(xml, "rId2", RELATIONSHIPS + "/metadata/core-properties", "docProps/core.xml");
                relationship(xml, "rId3", R + "/extended-properties", "docProps/app.xml");
            });
            part("[Content_Types].xml", this::contentTypes);
        }

        private void part(String name, Consumer<XmlWriter> content) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            // Closing this writer would close the zip; finish() flushes it instead.
            XmlWriter xml =
                    new XmlWriter(new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16));
            content.accept(xml);
            xml.finish();
            zip.closeEntry();
        }

        private void body() {
            x.start("w:document")
                    .attr("xmlns:w", W)
                    .attr("xmlns:r", R)
                    .attr("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")
                    .attr("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main")
                    .attr("xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
            x.start("w:body");
            titlePage();
            tableOfContents();
            for (Block block : document.body()) {
                switch (block) {
                    case Heading heading -> heading(heading);
                    case Paragraph paragraph -> rich(paragraph.text(), this::plainParagraph, 0);
                    case FieldTable table -> fieldTable(table);
                    case DataTable table -> dataTable(table);
                    case Chart chart -> chart(chart);
                }
            }
            // No page number on the title page (titlePg without a first-page footer).
            x.start("w:sectPr")
                    .empty("w:footerReference", "w:type", "default", "r:id", "rIdFooter")
                    .empty(
                            "w:pgSz",
                            "w:w",
                            Integer.toString(PAGE_WIDTH_TWIPS),
                            "w:h",
                            Integer.toString(PAGE_HEIGHT_TWIPS));
            String margin = Integer.toString(MARGIN_TWIPS);
            x.empty(
                    "w:pgMar",
                    "w:top",
                    margin,
                    "w:right",
                    margin,
                    "w:bottom",
                    margin,
                    "w:left",
                    margin,
                    "w:header",
                    "567",
                    "w:footer",
                    "567",
                    "w:gutter",
                    "0");
            x.empty("w:titlePg").end();
            x.end().end();
        }

        private void titlePage() {
            x.start("w:p")
                    .start("w:pPr")
                    .empty("w:spacing", "w:before", "4000")
                    .end()
                    .end();
            styledParagraph("Title", document.title());
            styledParagraph("Subtitle", document.subtitle());
            document.titleLines().forEach(line -> styledParagraph(null, line));
        }

        private void tableOfContents() {
            x.start("w:p")
                    .start("w:pPr")
                    .empty("w:pStyle", "w:val", "TOCHeading")
                    .empty("w:pageBreakBefore")
                    .end();
            run(document.tocHeading(), false, false);
            x.end();
            // Entries written out, not a TOC field: LibreOffice shows a TOC field's stored result
            // as it is and leaves its page numbers empty. Each entry links to its section, and its
            // page number is a PAGEREF field to the section's bookmark, which LibreOffice computes
            // as it lays the document out and Word updates when it opens the file (updateFields).
            for (Block block : document.body()) {
                if (block instanceof Heading entry && entry.level() <= document.tocDepth()) {
                    x.start("w:p")
                            .start("w:pPr")
                            .empty("w:pStyle", "w:val", "TOC" + entry.level())
                            .start("w:tabs")
                            .empty(
                                    "w:tab",
                                    "w:val",
                                    "right",
                                    "w:leader",
                                    "dot",
                                    "w:pos",
                                    Integer.toString(TEXT_WIDTH_TWIPS))
                            .end()
                            .end();
                    x.start("w:hyperlink").attr("w:anchor", entry.anchor()).attr("w:history", "1");
                    run(entry.numbered(), false, false);
                    x.start("w:r").empty("w:tab").end();
                    fieldChar("begin");
                    x.start("w:r")
                            .start("w:instrText")
                            .attr("xml:space", "preserve")
                            .text(" PAGEREF " + entry.anchor() + " \\h ")
                            .end()
                            .end();
                    fieldChar("separate");
                    run("", false, false);
                    fieldChar("end");
                    x.end().end();
                }
            }
        }

        private void fieldChar(String type) {
            x.start("w:r").empty("w:fldChar", "w:fldCharType", type).end();
        }

        private void heading(Heading heading) {
            x.start("w:p").start("w:pPr").empty("w:pStyle", "w:val", "Heading" + Math.min(heading.level(), 3));
            if (heading.level() == 1) {
                x.empty("w:pageBreakBefore");
            }
            x.end();
            String id = Long.toString(++bookmarks);
            x.empty("w:bookmarkStart", "w:id", id, "w:name", heading.anchor());
            run(heading.numbered(), false, false);
            x.empty("w:bookmarkEnd", "w:id", id);
            x.end();
        }

        private void styledParagraph(@Nullable String style, String text) {
            plainParagraph(style);
            run(text, false, false);
            x.end();
        }

        private void caption(String text) {
            if (text.isBlank()) {
                return;
            }
            x.start("w:p")
                    .start("w:pPr")
                    .empty("w:pStyle", "w:val", "Caption")
                    .empty("w:keepNext")
                    .end();
            run(text, false, false);
            x.end();
        }

        private void fieldTable(FieldTable table) {
            caption(table.caption());
            List<String> widths = widths(List.of(34, 66));
            startTable(widths);
            for (Document.Field field : table.fields()) {
                x.start("w:tr");
                headerCell(widths.getFirst(), field.label());
                x.start("w:tc")
                        .start("w:tcPr")
                        .empty("w:tcW", "w:w", widths.get(1), "w:type", "dxa")
                        .end();
                cellContent(field.value());
                x.end();
                x.end();
            }
            x.end();
            x.empty("w:p");
        }

        /** A data table, its rows written as they are read: a group's 30,000 proposals cost no memory. */
        private void dataTable(DataTable table) {
            caption(table.caption());
            List<String> widths = widths(table.widths());
            startTable(widths);
            x.start("w:tr")
                    .start("w:trPr")
                    .empty("w:cantSplit")
                    .empty("w:tblHeader")
                    .end();
            for (int column = 0; column < table.headers().size(); column++) {
                headerCell(widths.get(column), table.headers().get(column));
            }
            x.end();
            for (List<Rich> values : table.rows()) {
                x.start("w:tr");
                for (Rich value : values) {
                    // Cells take their widths from the table grid.
                    x.start("w:tc");
                    cellContent(value);
                    x.end();
                }
                x.end();
            }
            x.end();
            x.empty("w:p");
        }

        /**
         * A table with fixed column widths: Word lays out a long table page by page instead of
         * measuring every cell first.
         */
        private void startTable(List<String> widths) {
            x.start("w:tbl")
                    .start("w:tblPr")
                    .empty("w:tblStyle", "w:val", "KkTable")
                    .empty("w:tblW", "w:w", "5000", "w:type", "pct")
                    .empty("w:tblLayout", "w:type", "fixed")
                    .end();
            x.start("w:tblGrid");
            widths.forEach(width -> x.empty("w:gridCol", "w:w", width));
            x.end();
        }

        private void headerCell(String width, String text) {
            x.start("w:tc")
                    .start("w:tcPr")
                    .empty("w:tcW", "w:w", width, "w:type", "dxa")
                    .empty("w:shd", "w:val", "clear", "w:color", "auto", "w:fill", HEADER_FILL)
                    .end();
            plainParagraph(null);
            run(text, true, false);
            x.end().end();
        }

        /** Column widths in twips from relative widths. */
        private static List<String> widths(List<Integer> relative) {
            int total = relative.stream().mapToInt(Integer::intValue).sum();
            return relative.stream()
                    .map(width -> Integer.toString(TEXT_WIDTH_TWIPS * width / total))
                    .toList();
        }

        /** A cell holds at least one paragraph. */
        private void cellContent(Rich value) {
            long before = paragraphs;
            if (!value.isEmpty()) {
                rich(value, this::plainParagraph, 0);
            }
            if (paragraphs == before) {
                styledParagraph(null, "–");
            }
        }

        /** Opens a paragraph, with the style it asks for and the list numbering or indent of where it stands. */
        @FunctionalInterface
        private interface ParagraphOpener {
            void open(@Nullable String style);
        }

        private void plainParagraph(@Nullable String style) {
            openParagraph(style, 0, 0, 0);
        }

        private void openParagraph(@Nullable String style, int numId, int level, int indentLeft) {
            paragraphs++;
            x.start("w:p");
            if (style == null && numId == 0 && indentLeft == 0) {
                return;
            }
            x.start("w:pPr");
            if (style != null) {
                x.empty("w:pStyle", "w:val", style);
            }
            if (numId > 0) {
                x.start("w:numPr")
                        .empty("w:ilvl", "w:val", Integer.toString(level))
                        .empty("w:numId", "w:val", Integer.toString(numId))
                        .end();
            }
            if (indentLeft > 0) {
                x.empty("w:ind", "w:left", Integer.toString(indentLeft));
            }
            x.end();
        }

        private void rich(Rich rich, ParagraphOpener opener, int listLevel) {
            for (Rich.Block block : rich.blocks()) {
                switch (block) {
                    case Para(List<Inline> inlines) -> {
                        opener.open(null);
                        inlines(inlines);
                        x.end();
                    }
                    case SubHeading(List<Inline> inlines) -> {
                        opener.open("Heading4");
                        inlines(inlines);
                        x.end();
                    }
                    case ItemList(boolean ordered, List<Rich> items) -> {
                        // Each numbered list counts from 1 again; bullets share one list.
                        int numId = ordered ? BULLETS_NUM_ID + ++numberedLists : BULLETS_NUM_ID;
                        int level = Math.min(listLevel, 2);
                        for (Rich item : items) {
                            boolean[] firstOfItem = {true};
                            rich(
                                    item,
                                    style -> {
                                        if (firstOfItem[0]) {
                                            firstOfItem[0] = false;
                                            openParagraph(style, numId, level, 0);
                                        } else {
                                            openParagraph(style, 0, 0, 360 * (listLevel + 1) + 360);
                                        }
                                    },
                                    listLevel + 1);
                        }
                    }
                }
            }
        }

        private void inlines(List<Inline> inlines) {
            for (Inline inline : inlines) {
                switch (inline) {
                    case Run run -> run(run.text(), run.bold(), run.italic());
                    case Link link -> {
                        String id = linkIds.computeIfAbsent(link.href(), href -> "rIdLink" + (linkIds.size() + 1));
                        x.start("w:hyperlink").attr("r:id", id).attr("w:history", "1");
                        x.start("w:r")
                                .start("w:rPr")
                                .empty("w:rStyle", "w:val", "Hyperlink")
                                .end();
                        text(link.text());
                        x.end().end();
                    }
                    case LineBreak ignored -> x.start("w:r").empty("w:br").end();
                }
            }
        }

        /** A run; properties only where they differ from the default (a large report has a million runs). */
        private void run(String text, boolean bold, boolean italic) {
            x.start("w:r");
            if (bold || italic) {
                x.start("w:rPr");
                if (bold) {
                    x.empty("w:b");
                }
                if (italic) {
                    x.empty("w:i");
                }
                x.end();
            }
            text(text);
            x.end();
        }

        private void text(String text) {
            x.start("w:t").attr("xml:space", "preserve").text(text).end();
        }

        private void chart(Chart chart) {
            pictures.add(chart.png());
            int number = pictures.size();
            long width = TEXT_WIDTH_EMU;
            long height = width * chart.heightPx() / chart.widthPx();
            x.start("w:p").start("w:pPr").empty("w:jc", "w:val", "center").end();
            x.start("w:r").start("w:drawing").start("wp:inline");
            for (String distance : List.of("distT", "distB", "distL", "distR")) {
                x.attr(distance, "0");
            }
            x.empty("wp:extent", "cx", Long.toString(width), "cy", Long.toString(height));
            // The text alternative screen readers announce for the picture.
            x.empty("wp:docPr", "id", Integer.toString(number), "name", "Chart " + number, "descr", chart.altText());
            x.start("wp:cNvGraphicFramePr")
                    .empty("a:graphicFrameLocks", "noChangeAspect", "1")
                    .end();
            x.start("a:graphic")
                    .start("a:graphicData")
                    .attr("uri", "http://schemas.openxmlformats.org/drawingml/2006/picture");
            x.start("pic:pic")
                    .start("pic:nvPicPr")
                    .empty("pic:cNvPr", "id", "0", "name", pictureName(number - 1), "descr", chart.altText())
                    .empty("pic:cNvPicPr")
                    .end();
            x.start("pic:blipFill")
                    .empty("a:blip", "r:embed", "rIdPicture" + number)
                    .start("a:stretch")
                    .empty("a:fillRect")
                    .end()
                    .end();
            x.start("pic:spPr")
                    .start("a:xfrm")
                    .empty("a:off", "x", "0", "y", "0")
                    .empty("a:ext", "cx", Long.toString(width), "cy", Long.toString(height))
                    .end()
                    .start("a:prstGeom")
                    .attr("prst", "rect")
                    .empty("a:avLst")
                    .end()
                    .end();
            x.end(); // pic:pic
            x.end().end(); // a:graphicData, a:graphic
            x.end().end().end(); // wp:inline, w:drawing, w:r
            x.end();
        }

        private static String pictureName(int index) {
            return "chart" + (index + 1) + ".png";
        }

        private void footer(XmlWriter xml) {
            xml.start("w:ftr")
                    .attr("xmlns:w", W)
                    .start("w:p")
                    .start("w:pPr")
                    .empty("w:jc", "w:val", "center")
                    .end();
            xml.start("w:r").empty("w:fldChar", "w:fldCharType", "begin").end();
            xml.start("w:r")
                    .start("w:instrText")
                    .attr("xml:space", "preserve")
                    .text(" PAGE ")
                    .end()
                    .end();
            xml.start("w:r").empty("w:fldChar", "w:fldCharType", "separate").end();
            xml.start("w:r").element("w:t", "1").end();
            xml.start("w:r").empty("w:fldChar", "w:fldCharType", "end").end();
        }

        private void documentRelationships(XmlWriter xml) {
            xml.start("Relationships").attr("xmlns", RELATIONSHIPS);
            relationship(xml, "rIdStyles", R + "/styles", "styles.xml");
            relationship(xml, "rIdNumbering", R + "/numbering", "numbering.xml");
            relationship(xml, "rIdSettings", R + "/settings", "settings.xml");
            relationship(xml, "rIdFooter", R + "/footer", "footer1.xml");
            for (int i = 0; i < pictures.size(); i++) {
                relationship(xml, "rIdPicture" + (i + 1), R + "/image", "media/" + pictureName(i));
            }
            linkIds.forEach((href, id) -> xml.start("Relationship")
                    .attr("Id", id)
                    .attr("Type", R + "/hyperlink")
                    .attr("Target", href)
                    .attr("TargetMode", "External")
                    .end());
        }

        private static void relationship(XmlWriter xml, String id, String type, String target) {
            xml.empty("Relationship", "Id", id, "Type", type, "Target", target);
        }

        private void numbering(XmlWriter xml) {
            xml.start("w:numbering").attr("xmlns:w", W);
            abstractList(xml, 1, false);
            abstractList(xml, 2, true);
            xml.start("w:num")
                    .attr("w:numId", Integer.toString(BULLETS_NUM_ID))
                    .empty("w:abstractNumId", "w:val", "1")
                    .end();
            for (int list = 1; list <= numberedLists; list++) {
                // Word continues a list across numbers of one definition unless told to start again.
                xml.start("w:num")
                        .attr("w:numId", Integer.toString(BULLETS_NUM_ID + list))
                        .empty("w:abstractNumId", "w:val", "2");
                for (int level = 0; level < 3; level++) {
                    xml.start("w:lvlOverride")
                            .attr("w:ilvl", Integer.toString(level))
                            .empty("w:startOverride", "w:val", "1")
                            .end();
                }
                xml.end();
            }
        }

        private static void abstractList(XmlWriter xml, int id, boolean ordered) {
            xml.start("w:abstractNum")
                    .attr("w:abstractNumId", Integer.toString(id))
                    .empty("w:multiLevelType", "w:val", "hybridMultilevel");
            String[] bullets = {"•", "◦", "▪"};
            for (int level = 0; level < 3; level++) {
                xml.start("w:lvl").attr("w:ilvl", Integer.toString(level)).empty("w:start", "w:val", "1");
                if (ordered) {
                    xml.empty("w:numFmt", "w:val", level == 1 ? "lowerLetter" : "decimal")
                            .empty("w:lvlText", "w:val", "%" + (level + 1) + ".");
                } else {
                    xml.empty("w:numFmt", "w:val", "bullet").empty("w:lvlText", "w:val", bullets[level]);
                }
                xml.empty("w:lvlJc", "w:val", "left");
                xml.start("w:pPr")
                        .empty("w:ind", "w:left", Integer.toString(360 * (level + 1) + 360), "w:hanging", "360")
                        .end();
                xml.end();
            }
            xml.end();
        }

        private void styles(XmlWriter xml) {
            String language = document.locale().getLanguage().equals("en") ? "en-GB" : "de-DE";
            xml.start("w:styles").attr("xmlns:w", W);
            xml.start("w:docDefaults")
                    .start("w:rPrDefault")
                    .start("w:rPr")
                    .empty("w:rFonts", "w:ascii", FONT, "w:hAnsi", FONT, "w:cs", FONT, "w:eastAsia", FONT)
                    .empty("w:sz", "w:val", "21")
                    .empty("w:szCs", "w:val", "21")
                    .empty("w:lang", "w:val", language)
                    .end()
                    .end()
                    .end();
            paragraphStyle(xml, "Normal", "Normal", 21, false, null, 0);
            paragraphStyle(xml, "Title", "Title", 56, true, null, 0);
            paragraphStyle(xml, "Subtitle", "Subtitle", 30, false, null, 0);
            paragraphStyle(xml, "TOCHeading", "TOC Heading", 32, true, null, 0);
            paragraphStyle(xml, "Heading1", "heading 1", 32, true, 0, 0);
            paragraphStyle(xml, "Heading2", "heading 2", 26, true, 1, 0);
            paragraphStyle(xml, "Heading3", "heading 3", 23, true, 2, 0);
            paragraphStyle(xml, "Heading4", "heading 4", 21, true, 3, 0);
            paragraphStyle(xml, "TOC1", "toc 1", 21, false, null, 0);
            paragraphStyle(xml, "TOC2", "toc 2", 21, false, null, 440);
            paragraphStyle(xml, "Caption", "caption", 19, true, null, 0);
            xml.start("w:style")
                    .attr("w:type", "character")
                    .attr("w:styleId", "Hyperlink")
                    .empty("w:name", "w:val", "Hyperlink")
                    .start("w:rPr")
                    .empty("w:color", "w:val", LINK_COLOR)
                    .empty("w:u", "w:val", "single")
                    .end()
                    .end();
            xml.start("w:style")
                    .attr("w:type", "table")
                    .attr("w:default", "1")
                    .attr("w:styleId", "TableNormal")
                    .empty("w:name", "w:val", "Normal Table")
                    .start("w:tblPr");
            cellMargins(xml, 0, 108);
            xml.end().end();
            xml.start("w:style")
                    .attr("w:type", "table")
                    .attr("w:styleId", "KkTable")
                    .empty("w:name", "w:val", "Kokreation Table")
                    .empty("w:basedOn", "w:val", "TableNormal")
                    .start("w:tblPr")
                    .start("w:tblBorders");
            for (String side : List.of("top", "left", "bottom", "right", "insideH", "insideV")) {
                xml.empty("w:" + side, "w:val", "single", "w:sz", "4", "w:space", "0", "w:color", BORDER_COLOR);
            }
            xml.end();
            cellMargins(xml, 40, 100);
            xml.end().end();
        }

        private static void cellMargins(XmlWriter xml, int vertical, int horizontal) {
            xml.start("w:tblCellMar");
            for (String side : List.of("top", "left", "bottom", "right")) {
                int width = side.equals("top") || side.equals("bottom") ? vertical : horizontal;
                xml.empty("w:" + side, "w:w", Integer.toString(width), "w:type", "dxa");
            }
            xml.end();
        }

        private static void paragraphStyle(
                XmlWriter xml,
                String id,
                String name,
                int halfPoints,
                boolean bold,
                @Nullable Integer outlineLevel,
                int indentLeft) {
            xml.start("w:style").attr("w:type", "paragraph");
            if (id.equals("Normal")) {
                xml.attr("w:default", "1");
            }
            xml.attr("w:styleId", id).empty("w:name", "w:val", name);
            if (!id.equals("Normal")) {
                xml.empty("w:basedOn", "w:val", "Normal");
            }
            if (outlineLevel != null) {
                xml.empty("w:next", "w:val", "Normal");
            }
            xml.empty("w:qFormat");
            xml.start("w:pPr");
            if (outlineLevel != null) {
                xml.empty("w:keepNext");
            }
            xml.empty("w:spacing", "w:before", outlineLevel == null ? "0" : "240", "w:after", "120");
            if (indentLeft > 0) {
                xml.empty("w:ind", "w:left", Integer.toString(indentLeft));
            }
            if (outlineLevel != null) {
                xml.empty("w:outlineLvl", "w:val", Integer.toString(outlineLevel));
            }
            xml.end();
            xml.start("w:rPr");
            if (bold) {
                xml.empty("w:b");
            }
            xml.empty("w:sz", "w:val", Integer.toString(halfPoints))
                    .empty("w:szCs", "w:val", Integer.toString(halfPoints));
            xml.end();
            xml.end();
        }

        private void coreProperties(XmlWriter xml) {
            xml.start("cp:coreProperties")
                    .attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
                    .attr("xmlns:dc", "http://purl.org/dc/elements/1.1/")
                    .element("dc:title", document.title())
                    .element("dc:subject", document.subtitle())
                    .element("dc:creator", "Kokreation")
                    .element("dc:language", document.locale().toLanguageTag());
        }

        private void contentTypes(XmlWriter xml) {
            xml.start("Types").attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
            xml.empty(
                    "Default",
                    "Extension",
                    "rels",
                    "ContentType",
                    "application/vnd.openxmlformats-package.relationships+xml");
            xml.empty("Default", "Extension", "xml", "ContentType", "application/xml");
            xml.empty("Default", "Extension", "png", "ContentType", "image/png");
            override(xml, "/word/document.xml", CONTENT_TYPE + "document.main+xml");
            override(xml, "/word/styles.xml", CONTENT_TYPE + "styles+xml");
            override(xml, "/word/numbering.xml", CONTENT_TYPE + "numbering+xml");
            override(xml, "/word/settings.xml", CONTENT_TYPE + "settings+xml");
            override(xml, "/word/footer1.xml", CONTENT_TYPE + "footer+xml");
            override(xml, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
            override(xml, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        }

        private static void override(XmlWriter xml, String part, String type) {
            xml.empty("Override", "PartName", part, "ContentType", type);
        }
    }
}
