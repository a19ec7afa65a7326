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
import java.util.List;
import java.util.Locale;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.style.StyleListLevelLabelAlignmentElement;
import org.odftoolkit.odfdom.dom.element.style.StyleListLevelPropertiesElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableCellElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableColumnElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableHeaderRowsElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import org.odftoolkit.odfdom.dom.element.text.TextAElement;
import org.odftoolkit.odfdom.dom.element.text.TextBookmarkElement;
import org.odftoolkit.odfdom.dom.element.text.TextBookmarkRefElement;
import org.odftoolkit.odfdom.dom.element.text.TextHElement;
import org.odftoolkit.odfdom.dom.element.text.TextLineBreakElement;
import org.odftoolkit.odfdom.dom.element.text.TextListElement;
import org.odftoolkit.odfdom.dom.element.text.TextListItemElement;
import org.odftoolkit.odfdom.dom.element.text.TextListLevelStyleNumberElement;
import org.odftoolkit.odfdom.dom.element.text.TextListStyleElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.element.text.TextSpanElement;
import org.odftoolkit.odfdom.dom.element.text.TextTabElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfParagraphProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfStylePropertiesSet;
import org.odftoolkit.odfdom.dom.style.props.OdfTableCellProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableColumnProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeAutomaticStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.pkg.OdfElement;
import org.w3c.dom.Element;

/**
 * ODT (OpenDocument text, as LibreOffice and many administrations use) through the ODF Toolkit:
 * headings with outline levels, a linked table of contents, real lists and tables with header rows.
 */
public class OdtWriter implements DocumentWriter {

    /** The sans-serif of the DOCX (Arial) and its metric twin that ships with LibreOffice. */
    private static final String FONT_FAMILY = "Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

    private static final String NUMBERED_LIST_STYLE = "KkNumbers";
    private static final String BULLETED_LIST_STYLE = "KkBullets";

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        try (OdfTextDocument odt = OdfTextDocument.newTextDocument()) {
            new Writing(odt, document).write();
            odt.save(out);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("ODT could not be written", e);
        }
    }

    private static final class Writing {

        private final OdfTextDocument odt;
        private final Document document;
        private final OdfContentDom dom;
        private final OfficeTextElement root;
        private final OdfOfficeAutomaticStyles styles;
        private final String bold;
        private final String italic;
        private final String boldItalic;
        private final String title;
        private final String subtitle;
        private final String pageBreak;
        private final String[] headings = new String[4];
        private final String labelCell;
        private final String headerCell;
        private final String valueCell;
        private final String caption;
        private final String strongParagraph;
        private int tableNumber;

        Writing(OdfTextDocument odt, Document document) throws Exception {
            this.odt = odt;
            this.document = document;
            this.dom = odt.getContentDom();
            this.root = odt.getContentRoot();
            this.styles = dom.getOrCreateAutomaticStyles();
            // One look in all formats: the sans-serif the DOCX and the PDF use, for every paragraph.
            var defaults = odt.getDocumentStyles().getDefaultStyle(OdfStyleFamily.Paragraph);
            if (defaults != null) {
                defaults.setProperty(OdfTextProperties.FontFamily, FONT_FAMILY);
            }
            var standard = odt.getDocumentStyles().getStyle("Standard", OdfStyleFamily.Paragraph);
            if (standard != null) {
                standard.setProperty(OdfTextProperties.FontFamily, FONT_FAMILY);
                standard.removeProperty(OdfTextProperties.FontName);
            }
            bold = textStyle(true, false);
            italic = textStyle(false, true);
            boldItalic = textStyle(true, true);
            title = paragraphStyle("24pt", true, false);
            subtitle = paragraphStyle("15pt", false, false);
            pageBreak = paragraphStyle("11pt", false, true);
            headings[0] = paragraphStyle("16pt", true, true);
            headings[1] = paragraphStyle("13pt", true, false);
            headings[2] = paragraphStyle("11.5pt", true, false);
            headings[3] = paragraphStyle("11pt", true, false);
            caption = paragraphStyle("10pt", true, false);
            // A heading or a table's caption never stands alone at the bottom of a page.
            for (String keptWithNext : List.of(headings[0], headings[1], headings[2], headings[3], caption)) {
                styles.getStyle(keptWithNext, OdfStyleFamily.Paragraph)
                        .setProperty(OdfParagraphProperties.KeepWithNext, "always");
            }
            // Labels in table cells start at the cell's top, level with the value beside them.
            strongParagraph = paragraphStyle("10.5pt", true, false, "0cm");
            labelCell = cellStyle("#f2f5f9");
            headerCell = cellStyle("#e8eef5");
            valueCell = cellStyle("#ffffff");
            // The template's first paragraph is empty; the document starts with its title.
            for (OdfElement child = (OdfElement) root.getFirstChild(); child != null; ) {
                OdfElement next = (OdfElement) child.getNextSibling();
                if (child instanceof TextPElement) {
                    root.removeChild(child);
                }
                child = next;
            }
        }

        void write() {
            var meta = odt.getOfficeMetadata();
            meta.setTitle(document.title());
            meta.setSubject(document.subtitle());
            meta.setLanguage(document.locale().toLanguageTag());
            paragraph(root, title).setTextContent(document.title());
            paragraph(root, subtitle).setTextContent(document.subtitle());
            document.titleLines().forEach(line -> paragraph(root, null).setTextContent(line));

            TextHElement tocHeading = heading(root, 1, document.tocHeading());
            tocHeading.setTextIsListHeaderAttribute(false);
            for (Block block : document.body()) {
                if (block instanceof Heading entry && entry.level() <= document.tocDepth()) {
                    TextPElement line = paragraph(root, null);
                    if (entry.level() == 2) {
                        line.setTextStyleNameAttribute(indented());
                    }
                    if (entry.level() != 2) {
                        line.setTextStyleNameAttribute(tocEntry(false));
                    } else {
                        line.setTextStyleNameAttribute(tocEntry(true));
                    }
                    TextAElement link = dom.newOdfElement(TextAElement.class);
                    link.setXlinkHrefAttribute("#" + entry.anchor());
                    link.setXlinkTypeAttribute("simple");
                    link.setTextContent(entry.numbered());
                    line.appendChild(link);
                    // The page number is a reference to the heading's bookmark, which the office
                    // suite computes when it lays the document out.
                    line.appendChild(dom.newOdfElement(TextTabElement.class));
                    var page = dom.newOdfElement(TextBookmarkRefElement.class);
                    page.setTextRefNameAttribute(entry.anchor());
                    page.setTextReferenceFormatAttribute("page");
                    line.appendChild(page);
                }
            }
            for (Block block : document.body()) {
                switch (block) {
                    case Heading heading -> {
                        TextHElement element = heading(root, heading.level(), heading.numbered());
                        TextBookmarkElement bookmark = dom.newOdfElement(TextBookmarkElement.class);
                        bookmark.setTextNameAttribute(heading.anchor());
                        element.insertBefore(bookmark, element.getFirstChild());
                    }
                    case Paragraph paragraph -> rich(root, paragraph.text());
                    case FieldTable table -> fieldTable(table);
                    case DataTable table -> dataTable(table);
                    case Chart chart -> {
                        TextSpanElement alternative = dom.newOdfElement(TextSpanElement.class);
                        alternative.setTextStyleNameAttribute(italic);
                        alternative.setTextContent(chart.altText());
                        paragraph(root, null).appendChild(alternative);
                    }
                }
            }
        }

        private String indentedStyle;
        private final String[] tocEntryStyles = new String[2];

        /** A contents line: the page number right-aligned at the text's edge, dots leading to it. */
        private String tocEntry(boolean indented) {
            int index = indented ? 1 : 0;
            if (tocEntryStyles[index] == null) {
                OdfStyle style = styles.newStyle(OdfStyleFamily.Paragraph);
                style.setProperty(OdfTextProperties.FontFamily, FONT_FAMILY);
                if (indented) {
                    style.setProperty(OdfParagraphProperties.MarginLeft, "0.8cm");
                }
                style.setProperty(OdfParagraphProperties.MarginBottom, "0.1cm");
                var properties = style.getOrCreatePropertiesElement(OdfStylePropertiesSet.ParagraphProperties);
                String styleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
                Element stops = dom.createElementNS(styleNs, "style:tab-stops");
                Element stop = dom.createElementNS(styleNs, "style:tab-stop");
                stop.setAttributeNS(styleNs, "style:position", indented ? "16.2cm" : "17cm");
                stop.setAttributeNS(styleNs, "style:type", "right");
                stop.setAttributeNS(styleNs, "style:leader-style", "dotted");
                stop.setAttributeNS(styleNs, "style:leader-text", ".");
                stops.appendChild(stop);
                properties.appendChild(stops);
                tocEntryStyles[index] = style.getStyleNameAttribute();
            }
            return tocEntryStyles[index];
        }

        private String indented() {
            if (indentedStyle == null) {
                OdfStyle style = styles.newStyle(OdfStyleFamily.Paragraph);
                style.setProperty(OdfParagraphProperties.MarginLeft, "0.8cm");
                indentedStyle = style.getStyleNameAttribute();
            }
            return indentedStyle;
        }

        private TextHElement heading(OdfElement parent, int level, String text) {
            TextHElement heading = dom.newOdfElement(TextHElement.class);
            heading.setTextOutlineLevelAttribute(level);
            heading.setTextStyleNameAttribute(headings[Math.min(level, 4) - 1]);
            heading.setTextContent(text);
            parent.appendChild(heading);
            return heading;
        }

        private TextPElement paragraph(OdfElement parent, String style) {
            TextPElement paragraph = dom.newOdfElement(TextPElement.class);
            if (style != null) {
                paragraph.setTextStyleNameAttribute(style);
            }
            parent.appendChild(paragraph);
            return paragraph;
        }

        private TableTableElement table(List<Integer> widths, String caption) {
            if (!caption.isBlank()) {
                paragraph(root, this.caption).setTextContent(caption);
            }
            TableTableElement table = dom.newOdfElement(TableTableElement.class);
            table.setTableNameAttribute("Tabelle" + (++tableNumber));
            OdfStyle tableStyle = styles.newStyle(OdfStyleFamily.Table);
            tableStyle.setProperty(OdfTableProperties.Width, "17cm");
            tableStyle.setProperty(OdfTableProperties.Align, "left");
            table.setTableStyleNameAttribute(tableStyle.getStyleNameAttribute());
            int total = widths.stream().mapToInt(Integer::intValue).sum();
            for (int width : widths) {
                TableTableColumnElement column = dom.newOdfElement(TableTableColumnElement.class);
                OdfStyle columnStyle = styles.newStyle(OdfStyleFamily.TableColumn);
                columnStyle.setProperty(
                        OdfTableColumnProperties.ColumnWidth,
                        String.format(Locale.ROOT, "%.2fcm", 17.0 * width / total));
                column.setTableStyleNameAttribute(columnStyle.getStyleNameAttribute());
                table.appendChild(column);
            }
            root.appendChild(table);
            return table;
        }

        private TableTableCellElement cell(OdfElement row, String style) {
            TableTableCellElement cell = dom.newOdfElement(TableTableCellElement.class);
            cell.setOfficeValueTypeAttribute("string");
            cell.setTableStyleNameAttribute(style);
            row.appendChild(cell);
            return cell;
        }

        private void fieldTable(FieldTable fieldTable) {
            TableTableElement table = table(List.of(34, 66), fieldTable.caption());
            for (Document.Field field : fieldTable.fields()) {
                TableTableRowElement row = dom.newOdfElement(TableTableRowElement.class);
                table.appendChild(row);
                paragraph(cell(row, labelCell), strongParagraph).setTextContent(field.label());
                cellContent(cell(row, valueCell), field.value());
            }
        }

        private void dataTable(DataTable dataTable) {
            TableTableElement table = table(dataTable.widths(), dataTable.caption());
            // Header rows repeat on every page.
            TableTableHeaderRowsElement head = dom.newOdfElement(TableTableHeaderRowsElement.class);
            table.appendChild(head);
            TableTableRowElement headRow = dom.newOdfElement(TableTableRowElement.class);
            head.appendChild(headRow);
            dataTable
                    .headers()
                    .forEach(header -> paragraph(cell(headRow, headerCell), strongParagraph)
                            .setTextContent(header));
            for (List<Rich> values : dataTable.rows()) {
                TableTableRowElement row = dom.newOdfElement(TableTableRowElement.class);
                table.appendChild(row);
                values.forEach(value -> cellContent(cell(row, valueCell), value));
            }
        }

        private void cellContent(OdfElement cell, Rich value) {
            if (value.isEmpty()) {
                paragraph(cell, null).setTextContent("–");
            } else {
                rich(cell, value);
            }
        }

        private void rich(OdfElement parent, Rich rich) {
            for (Rich.Block block : rich.blocks()) {
                switch (block) {
                    case Para(List<Inline> inlines) -> inlines(paragraph(parent, null), inlines);
                    case SubHeading(List<Inline> inlines) -> inlines(paragraph(parent, headings[3]), inlines);
                    case ItemList(boolean ordered, List<Rich> items) -> {
                        TextListElement list = dom.newOdfElement(TextListElement.class);
                        list.setTextStyleNameAttribute(listStyle(ordered));
                        parent.appendChild(list);
                        for (Rich item : items) {
                            TextListItemElement listItem = dom.newOdfElement(TextListItemElement.class);
                            list.appendChild(listItem);
                            rich(listItem, item.isEmpty() ? Rich.plain(" ") : item);
                        }
                    }
                }
            }
        }

        private void inlines(TextPElement paragraph, List<Inline> inlines) {
            for (Inline inline : inlines) {
                switch (inline) {
                    case Run run -> {
                        if (run.bold() || run.italic()) {
                            TextSpanElement span = dom.newOdfElement(TextSpanElement.class);
                            span.setTextStyleNameAttribute(
                                    run.bold() && run.italic() ? boldItalic : run.bold() ? bold : italic);
                            span.setTextContent(run.text());
                            paragraph.appendChild(span);
                        } else {
                            paragraph.appendChild(dom.createTextNode(run.text()));
                        }
                    }
                    case Link link -> {
                        TextAElement anchor = dom.newOdfElement(TextAElement.class);
                        anchor.setXlinkHrefAttribute(link.href());
                        anchor.setXlinkTypeAttribute("simple");
                        anchor.setTextContent(link.text());
                        paragraph.appendChild(anchor);
                    }
                    case LineBreak ignored -> paragraph.appendChild(dom.newOdfElement(TextLineBreakElement.class));
                }
            }
        }

        private String bulletStyle;
        private String numberStyle;

        private String listStyle(boolean ordered) {
            if (ordered && numberStyle != null) {
                return numberStyle;
            }
            if (!ordered && bulletStyle != null) {
                return bulletStyle;
            }
            String name = ordered ? NUMBERED_LIST_STYLE : BULLETED_LIST_STYLE;
            TextListStyleElement style = styles.newTextListStyleElement(name);
            String[] bullets = {"•", "◦", "▪"};
            for (int level = 1; level <= 3; level++) {
                OdfElement levelStyle;
                if (ordered) {
                    TextListLevelStyleNumberElement number =
                            style.newTextListLevelStyleNumberElement(level == 2 ? "a" : "1", level);
                    number.setStyleNumSuffixAttribute(".");
                    levelStyle = number;
                } else {
                    levelStyle = style.newTextListLevelStyleBulletElement(bullets[level - 1], level);
                }
                var properties = dom.newOdfElement(StyleListLevelPropertiesElement.class);
                properties.setTextListLevelPositionAndSpaceModeAttribute("label-alignment");
                var alignment = dom.newOdfElement(StyleListLevelLabelAlignmentElement.class);
                alignment.setTextLabelFollowedByAttribute("listtab");
                alignment.setFoMarginLeftAttribute((0.6 * level) + "cm");
                alignment.setFoTextIndentAttribute("-0.5cm");
                properties.appendChild(alignment);
                levelStyle.appendChild(properties);
            }
            if (ordered) {
                numberStyle = name;
            } else {
                bulletStyle = name;
            }
            return name;
        }

        private String textStyle(boolean isBold, boolean isItalic) {
            OdfStyle style = styles.newStyle(OdfStyleFamily.Text);
            if (isBold) {
                style.setProperty(OdfTextProperties.FontWeight, "bold");
            }
            if (isItalic) {
                style.setProperty(OdfTextProperties.FontStyle, "italic");
            }
            return style.getStyleNameAttribute();
        }

        private String paragraphStyle(String size, boolean isBold, boolean breakBefore) {
            return paragraphStyle(size, isBold, breakBefore, breakBefore ? "0cm" : "0.2cm");
        }

        private String paragraphStyle(String size, boolean isBold, boolean breakBefore, String marginTop) {
            OdfStyle style = styles.newStyle(OdfStyleFamily.Paragraph);
            style.setProperty(OdfTextProperties.FontFamily, FONT_FAMILY);
            style.setProperty(OdfTextProperties.FontSize, size);
            if (isBold) {
                style.setProperty(OdfTextProperties.FontWeight, "bold");
            }
            style.setProperty(OdfParagraphProperties.MarginTop, marginTop);
            style.setProperty(OdfParagraphProperties.MarginBottom, "0.15cm");
            if (breakBefore) {
                style.setProperty(OdfParagraphProperties.BreakBefore, "page");
            }
            return style.getStyleNameAttribute();
        }

        private String cellStyle(String background) {
            OdfStyle style = styles.newStyle(OdfStyleFamily.TableCell);
            style.setProperty(OdfTableCellProperties.Border, "0.5pt solid #8a8a8a");
            style.setProperty(OdfTableCellProperties.Padding, "0.12cm");
            style.setProperty(OdfTableCellProperties.BackgroundColor, background);
            return style.getStyleNameAttribute();
        }
    }
}
