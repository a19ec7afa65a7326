package de.kokreation.export.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

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
 * DOCX through Apache POI: real heading styles (Word's navigation pane and outline work), a table
 * of contents field that Word fills in with page numbers when the file opens, numbered and
 * bulleted lists as Word lists, tables with repeating header rows.
 */
public class DocxWriter implements DocumentWriter {

    private static final String FONT = "Arial";
    private static final String LINK_COLOR = "0B4F8A";
    private static final String HEADER_FILL = "E8EEF5";
    /** Printable width of an A4 page with 2 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH_TWIPS = 9638;

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            new Writing(docx, document).write();
            docx.write(out);
        }
    }

    /** One document being written: its styles, list definitions and bookmark counter. */
    private static final class Writing {

        private final XWPFDocument docx;
        private final Document document;
        private final BigInteger bulletsAbstractId;
        private final BigInteger numbersAbstractId;
        private final BigInteger bulletsNumId;
        private long bookmarkId;

        Writing(XWPFDocument docx, Document document) {
            this.docx = docx;
            this.document = document;
            defineStyles();
            XWPFNumbering numbering = docx.createNumbering();
            bulletsAbstractId = numbering.addAbstractNum(new XWPFAbstractNum(list(BigInteger.ONE, false), numbering));
            numbersAbstractId = numbering.addAbstractNum(new XWPFAbstractNum(list(BigInteger.TWO, true), numbering));
            bulletsNumId = numbering.addNum(bulletsAbstractId);
        }

        void write() {
            var properties = docx.getProperties().getCoreProperties();
            properties.setTitle(document.title());
            properties.setSubjectProperty(document.subtitle());
            properties.setCreator("Kokreation");
            titlePage();
            tableOfContents();
            for (Block block : document.body()) {
                switch (block) {
                    case Heading heading -> heading(heading);
                    case Paragraph paragraph -> rich(paragraph.text(), docx::createParagraph, 0);
                    case FieldTable table -> fieldTable(table);
                    case DataTable table -> dataTable(table);
                    case Chart chart -> chart(chart);
                }
            }
            // Word fills in the table of contents' page numbers when it opens the file.
            docx.enforceUpdateFields();
        }

        private void titlePage() {
            XWPFParagraph spacer = docx.createParagraph();
            spacer.setSpacingBefore(4000);
            XWPFParagraph title = docx.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(document.title());
            XWPFParagraph subtitle = docx.createParagraph();
            subtitle.setStyle("Subtitle");
            subtitle.createRun().setText(document.subtitle());
            for (String line : document.titleLines()) {
                docx.createParagraph().createRun().setText(line);
            }
            docx.createParagraph().setPageBreak(true);
        }

        private void tableOfContents() {
            XWPFParagraph heading = docx.createParagraph();
            heading.setStyle("TOCHeading");
            heading.createRun().setText(document.tocHeading());
            XWPFParagraph start = docx.createParagraph();
            fieldChar(start.createRun().getCTR(), STFldCharType.BEGIN);
            start.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
            fieldChar(start.createRun().getCTR(), STFldCharType.SEPARATE);
            // Until Word updates the field, the entries link to their sections without page numbers.
            for (Block block : document.body()) {
                if (block instanceof Heading entry && entry.level() <= document.tocDepth()) {
                    XWPFParagraph line = docx.createParagraph();
                    line.setStyle("TOC" + entry.level());
                    internalLink(line, entry.anchor(), entry.numbered());
                }
            }
            XWPFParagraph end = docx.createParagraph();
            fieldChar(end.createRun().getCTR(), STFldCharType.END);
        }

        private static void fieldChar(CTR run, STFldCharType.Enum type) {
            run.addNewFldChar().setFldCharType(type);
        }

        private static void internalLink(XWPFParagraph paragraph, String anchor, String text) {
            CTHyperlink link = paragraph.getCTP().addNewHyperlink();
            link.setAnchor(anchor);
            CTR run = link.addNewR();
            run.addNewT().setStringValue(text);
        }

        private void heading(Heading heading) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setStyle("Heading" + Math.min(heading.level(), 3));
            if (heading.level() == 1) {
                paragraph.setPageBreak(true);
            }
            BigInteger id = BigInteger.valueOf(++bookmarkId);
            CTBookmark start = paragraph.getCTP().addNewBookmarkStart();
            start.setName(heading.anchor());
            start.setId(id);
            paragraph.createRun().setText(heading.numbered());
            paragraph.getCTP().addNewBookmarkEnd().setId(id);
        }

        private void caption(String text) {
            if (text.isBlank()) {
                return;
            }
            XWPFParagraph caption = docx.createParagraph();
            caption.setStyle("Caption");
            caption.setKeepNext(true);
            caption.createRun().setText(text);
        }

        private void fieldTable(FieldTable table) {
            caption(table.caption());
            XWPFTable docxTable = docx.createTable(table.fields().size(), 2);
            widths(docxTable, List.of(34, 66));
            for (int i = 0; i < table.fields().size(); i++) {
                Document.Field field = table.fields().get(i);
                XWPFTableRow row = docxTable.getRow(i);
                row.setCantSplitRow(false);
                XWPFTableCell label = row.getCell(0);
                label.setColor(HEADER_FILL);
                XWPFRun labelRun = label.getParagraphs().getFirst().createRun();
                labelRun.setBold(true);
                labelRun.setText(field.label());
                cell(row.getCell(1), field.value());
            }
            docx.createParagraph();
        }

        /**
         * A data table, row by row. POI's {@code createTable(rows, columns)} looks every new row up
         * in a list from the start, which takes minutes for a group's 30,000 proposals; rows appended
         * to the XML directly cost the same whatever the table's length.
         */
        private void dataTable(DataTable table) {
            caption(table.caption());
            List<String> widths = widths(table.widths());
            XWPFTable docxTable = docx.createTable(1, table.headers().size());
            docxTable.setWidth("100%");
            XWPFTableRow head = docxTable.getRow(0);
            head.setRepeatHeader(true);
            for (int column = 0; column < table.headers().size(); column++) {
                XWPFTableCell cell = head.getCell(column);
                cell.setWidth(widths.get(column));
                cell.setColor(HEADER_FILL);
                XWPFRun run = cell.getParagraphs().getFirst().createRun();
                run.setBold(true);
                run.setText(table.headers().get(column));
            }
            // The column widths once, in the table grid, which Word and LibreOffice apply to cells
            // without widths of their own.
            var grid = docxTable.getCTTbl().getTblGrid() == null ? docxTable.getCTTbl().addNewTblGrid()
                    : docxTable.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            widths.forEach(width -> grid.addNewGridCol().setW(new BigInteger(width)));
            for (List<Rich> values : table.rows()) {
                XWPFTableRow row = new XWPFTableRow(docxTable.getCTTbl().addNewTr(), docxTable);
                for (Rich value : values) {
                    cell(row.createCell(), value);
                }
            }
            docx.createParagraph();
        }

        /** Column widths in twips from relative widths. */
        private static List<String> widths(List<Integer> relative) {
            int total = relative.stream().mapToInt(Integer::intValue).sum();
            return relative.stream().map(width -> Integer.toString(TEXT_WIDTH_TWIPS * width / total)).toList();
        }

        private static void widths(XWPFTable table, List<Integer> relative) {
            List<String> widths = widths(relative);
            table.setWidth("100%");
            for (XWPFTableRow row : table.getRows()) {
                for (int column = 0; column < widths.size(); column++) {
                    row.getCell(column).setWidth(widths.get(column));
                }
            }
        }

        private void cell(XWPFTableCell cell, Rich value) {
            XWPFParagraph first = cell.getParagraphs().getFirst();
            if (value.isEmpty()) {
                first.createRun().setText("–");
                return;
            }
            boolean[] firstUsed = {false};
            rich(value, () -> {
                if (!firstUsed[0]) {
                    firstUsed[0] = true;
                    return first;
                }
                return cell.addParagraph();
            }, 0);
        }

        private void rich(Rich rich, java.util.function.Supplier<XWPFParagraph> newParagraph, int listLevel) {
            for (Rich.Block block : rich.blocks()) {
                switch (block) {
                    case Para(List<Inline> inlines) -> inlines(newParagraph.get(), inlines);
                    case SubHeading(List<Inline> inlines) -> {
                        XWPFParagraph paragraph = newParagraph.get();
                        paragraph.setStyle("Heading4");
                        inlines(paragraph, inlines);
                    }
                    case ItemList(boolean ordered, List<Rich> items) -> {
                        // Each numbered list counts from 1 again; bullets share one definition.
                        BigInteger numId = ordered ? docx.getNumbering().addNum(numbersAbstractId) : bulletsNumId;
                        for (Rich item : items) {
                            boolean[] firstOfItem = {true};
                            rich(item, () -> {
                                XWPFParagraph paragraph = newParagraph.get();
                                if (firstOfItem[0]) {
                                    firstOfItem[0] = false;
                                    paragraph.setNumID(numId);
                                    paragraph.setNumILvl(BigInteger.valueOf(Math.min(listLevel, 2)));
                                } else {
                                    paragraph.setIndentationLeft(360 * (listLevel + 1) + 360);
                                }
                                return paragraph;
                            }, listLevel + 1);
                        }
                    }
                }
            }
        }

        private static void inlines(XWPFParagraph paragraph, List<Inline> inlines) {
            for (Inline inline : inlines) {
                switch (inline) {
                    case Run run -> {
                        XWPFRun docxRun = paragraph.createRun();
                        // Properties only where they differ from the default: a report of 100,000
                        // proposals has a million runs.
                        if (run.bold()) {
                            docxRun.setBold(true);
                        }
                        if (run.italic()) {
                            docxRun.setItalic(true);
                        }
                        docxRun.setText(run.text());
                    }
                    case Link link -> {
                        XWPFHyperlinkRun run = paragraph.createHyperlinkRun(link.href());
                        run.setText(link.text());
                        run.setColor(LINK_COLOR);
                        run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                    }
                    case LineBreak ignored -> paragraph.createRun().addBreak();
                }
            }
        }

        private void chart(Chart chart) {
            XWPFParagraph paragraph = docx.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = paragraph.createRun();
            double width = 16.0; // cm, the text width
            double height = width * chart.heightPx() / chart.widthPx();
            try {
                run.addPicture(new ByteArrayInputStream(chart.png()), XWPFDocument.PICTURE_TYPE_PNG, "chart.png",
                        Units.toEMU(width / 2.54 * 72), Units.toEMU(height / 2.54 * 72));
            } catch (Exception e) {
                throw new IllegalStateException("chart could not be embedded", e);
            }
            // The text alternative screen readers announce for the picture.
            run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(chart.altText());
        }

        private CTAbstractNum list(BigInteger id, boolean ordered) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(id);
            String[] bullets = {"•", "◦", "▪"};
            for (int level = 0; level < 3; level++) {
                CTLvl lvl = abstractNum.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(level));
                lvl.addNewStart().setVal(BigInteger.ONE);
                if (ordered) {
                    lvl.addNewNumFmt().setVal(level == 1 ? STNumberFormat.LOWER_LETTER : STNumberFormat.DECIMAL);
                    lvl.addNewLvlText().setVal("%" + (level + 1) + ".");
                } else {
                    lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                    lvl.addNewLvlText().setVal(bullets[level]);
                }
                var indentation = lvl.addNewPPr().addNewInd();
                indentation.setLeft(BigInteger.valueOf(360L * (level + 1) + 360));
                indentation.setHanging(BigInteger.valueOf(360));
            }
            return abstractNum;
        }

        private void defineStyles() {
            XWPFStyles styles = docx.createStyles();
            var fonts = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts.Factory.newInstance();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            styles.setDefaultFonts(fonts);
            styles.setSpellingLanguage(document.locale().getLanguage().equals("en") ? "en-GB" : "de-DE");
            paragraphStyle(styles, "Normal", "Normal", 21, false, null);
            paragraphStyle(styles, "Title", "Title", 56, true, null);
            paragraphStyle(styles, "Subtitle", "Subtitle", 30, false, null);
            paragraphStyle(styles, "TOCHeading", "TOC Heading", 32, true, null);
            paragraphStyle(styles, "Heading1", "heading 1", 32, true, 0);
            paragraphStyle(styles, "Heading2", "heading 2", 26, true, 1);
            paragraphStyle(styles, "Heading3", "heading 3", 23, true, 2);
            paragraphStyle(styles, "Heading4", "heading 4", 21, true, 3);
            paragraphStyle(styles, "TOC1", "toc 1", 21, false, null);
            paragraphStyle(styles, "TOC2", "toc 2", 21, false, null);
            paragraphStyle(styles, "Caption", "caption", 19, true, null);
            styles.getStyle("TOC2").getCTStyle().getPPr().addNewInd().setLeft(BigInteger.valueOf(440));
        }

        private static void paragraphStyle(XWPFStyles styles, String id, String name, int halfPoints, boolean bold,
                Integer outlineLevel) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            style.addNewQFormat();
            var paragraph = style.addNewPPr();
            var spacing = paragraph.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(outlineLevel == null ? 0 : 240));
            spacing.setAfter(BigInteger.valueOf(120));
            if (outlineLevel != null) {
                paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
                paragraph.addNewKeepNext();
                style.addNewNext().setVal("Normal");
            }
            CTRPr run = style.addNewRPr();
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            if (bold) {
                run.addNewB();
            }
            styles.addStyle(new XWPFStyle(style));
        }
    }


}
