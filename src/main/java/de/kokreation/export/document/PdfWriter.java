package de.kokreation.export.document;

import de.kokreation.export.document.Document.Block;
import de.kokreation.export.document.Document.Chart;
import de.kokreation.export.document.Document.DataTable;
import de.kokreation.export.document.Document.FieldTable;
import de.kokreation.export.document.Document.Heading;
import de.kokreation.export.document.Document.Paragraph;
import de.kokreation.export.document.PdfText.Label;
import de.kokreation.export.document.PdfText.Line;
import de.kokreation.export.document.PdfText.LinkTag;
import de.kokreation.export.document.PdfText.Segment;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.jspecify.annotations.Nullable;

/**
 * PDF laid out directly with PDFBox, page by page, while a table's rows are still being read, and
 * written out as it goes (see {@link PdfFile}): each finished page and table row leaves the heap,
 * so a report of 100,000 proposals takes seconds and little memory. Title page, table of contents
 * with page numbers and links, bookmarks for every section, table header rows repeated on each
 * page, page numbers in the footer. The PDF is tagged (headings,
 * paragraphs, lists, tables with header cells, links, the chart with its text alternative; borders,
 * shading and page numbers as artifacts), its language and title are set, and it loads nothing
 * from outside: links in citizens' text stay links.
 */
public class PdfWriter implements DocumentWriter {

    private static final float MM = 72 / 25.4f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 20 * MM;
    private static final float WIDTH = PAGE.getWidth() - 2 * LEFT;
    private static final float TOP = PAGE.getHeight() - 22 * MM;
    private static final float BOTTOM = 22 * MM;
    private static final float BODY = 10;
    private static final float TABLE = 9;
    private static final float LIST_INDENT = 5 * MM;
    private static final float CELL_PADDING_X = 2 * MM;
    private static final float CELL_PADDING_Y = 1.5f * MM;
    private static final Color TEXT = new Color(0x1a1a1a);
    private static final Color LINK = new Color(0x0b4f8a);
    private static final Color BORDER = new Color(0x8a8a8a);
    private static final Color HEADER_FILL = new Color(0xe8eef5);
    private static final Color LABEL_FILL = new Color(0xf2f5f9);
    private static final String[] BULLETS = {"•", "◦", "▪"};
    /** Space below each line of the table of contents. */
    private static final float TOC_GAP = 1.5f * MM;

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        // Pages go to the file as they are finished, so nothing large waits in PDFBox's memory.
        try (PDDocument pdf = new PDDocument()) {
            PdfFile file = new PdfFile(out);
            try {
                new Layout(pdf, document, file).write();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            file.finish(pdf);
        }
    }

    /** Where a heading starts (page counted from 1), for the table of contents and the bookmarks. */
    private record Target(Heading heading, PDPage page, int pageNumber, float top) {}

    /**
     * The table of contents, laid out before the body so that its pages can be kept free: its
     * heading, and per section the lines of its entry and the entry's Link element.
     */
    private record Contents(List<Line> heading, List<TocEntry> entries) {

        float headingHeight() {
            return (float) heading.stream().mapToDouble(Line::height).sum() + 2 * MM;
        }
    }

    private record TocEntry(Heading heading, List<Line> lines, PDStructureElement link) {

        float height() {
            return (float)
                    lines.stream().mapToDouble(line -> line.height() + TOC_GAP).sum();
        }
    }

    /** A cell laid out: its lines (tagged with its element) and the fill behind it (null: none). */
    private record Cell(List<Line> lines, @Nullable Color fill) {

        float height() {
            return (float) lines.stream().mapToDouble(Line::height).sum();
        }
    }

    /** One document being laid out. */
    private static final class Layout {

        private final PDDocument pdf;
        private final Document document;
        private final PdfText text;
        private final PdfTags tags;
        private final PdfFile file;
        /** Pages kept open for the table of contents, drawn last. */
        private final List<PDPage> contentsPages = new ArrayList<>();

        private final List<Target> targets = new ArrayList<>();
        /** The open page's content, made here and written by {@link PdfFile} when the page is done. */
        private final PdfBytes pageContent = new PdfBytes(1 << 16);
        /** Hands the open page's resources to PDFBox's content stream, which registers fonts there. */
        private final PDAppearanceStream resourcesHolder;

        private int pageCount;
        private @Nullable PDPage page;
        private @Nullable PDPageContentStream content;
        private float y;
        private @Nullable Color color;
        private int fontStyle = -1;
        private float fontSize;

        Layout(PDDocument pdf, Document document, PdfFile file) throws IOException {
            this.pdf = pdf;
            this.document = document;
            this.file = file;
            this.text = new PdfText(pdf);
            this.tags = new PdfTags(pdf, document.locale().getLanguage(), file);
            this.resourcesHolder = new PDAppearanceStream(pdf.getDocument().createCOSStream());
        }

        void write() throws IOException {
            titlePage();
            Contents toc = contents();
            List<PDPage> tocPages = reservePages(toc);
            newPage();
            for (Block block : document.body()) {
                switch (block) {
                    case Heading heading -> heading(heading);
                    case Paragraph paragraph ->
                        draw(rich(paragraph.text(), 0, WIDTH, BODY, tags.document(), false), LEFT, false);
                    case FieldTable table -> fieldTable(table);
                    case DataTable table -> dataTable(table);
                    case Chart chart -> chart(chart);
                }
            }
            finishPage();
            tableOfContents(toc, tocPages);
            bookmarks();
            properties();
            tags.finish();
            text.subsetFonts();
        }

        // --- pages ---------------------------------------------------------------------------

        private void newPage() {
            finishPage();
            // A media box of its own, written inside the page: PDFBox's A4 is one array for all documents.
            PDRectangle mediaBox = new PDRectangle(PAGE.getWidth(), PAGE.getHeight());
            mediaBox.getCOSArray().setDirect(true);
            PDPage next = new PDPage(mediaBox);
            pdf.addPage(next);
            pageCount++;
            tags.page(next);
            open(next);
            y = TOP;
        }

        /**
         * Numbers the page in its footer (all but the title page) and writes it out, unless it is
         * kept for the table of contents: its content, its links, its marks in the parent tree and
         * the page itself. Only a reference stays in the page tree.
         */
        private void finishPage() {
            if (content == null) {
                return;
            }
            PDPage finished = page();
            if (pageCount > 1) {
                String number = Integer.toString(pageCount);
                float width = text.width(number, PdfText.REGULAR, 9);
                show(number, PdfText.REGULAR, 9, LEFT + (WIDTH - width) / 2, BOTTOM / 2, TEXT, null);
            }
            closeContent();
            if (!contentsPages.contains(finished)) {
                try {
                    writeOut(finished);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private void writeOut(PDPage finished) throws IOException {
            COSDictionary dictionary = finished.getCOSObject();
            COSDictionary resources = dictionary.getCOSDictionary(COSName.RESOURCES);
            if (resources != null) {
                resources.setDirect(true);
                for (COSBase kind : resources.getValues()) {
                    if (kind instanceof COSDictionary byName) {
                        byName.setDirect(true);
                    }
                }
            }
            COSArray annotations = dictionary.getCOSArray(COSName.ANNOTS);
            if (annotations != null) {
                for (int i = 0; i < annotations.size(); i++) {
                    annotations.set(i, file.flush(annotations.get(i)));
                }
            }
            tags.pageFinished(finished);
            PdfFile.Reference written = file.flush(dictionary);
            PdfFile.replace(pdf.getPages().getCOSObject().getCOSArray(COSName.KIDS), dictionary, written);
            // Headings and the elements still on it refer to the page by its number only.
            dictionary.clear();
        }

        /** Starts drawing on the page, after what it holds already (the contents pages are drawn twice). */
        private void open(PDPage target) {
            page = target;
            COSDictionary resources = target.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            if (resources == null) {
                resources = new COSDictionary();
                target.getCOSObject().setItem(COSName.RESOURCES, resources);
            }
            resourcesHolder.setResources(new PDResources(resources));
            pageContent.clear();
            content = new PDPageContentStream(pdf, resourcesHolder, pageContent);
            color = null;
            fontStyle = -1;
        }

        /** Ends drawing on the page and writes what was drawn into the file, as one more content stream. */
        private void closeContent() {
            if (content != null) {
                try {
                    content.close();
                    PdfFile.Reference stream = file.stream(pageContent);
                    COSDictionary target = page().getCOSObject();
                    COSBase existing = target.getItem(COSName.CONTENTS);
                    if (existing == null) {
                        target.setItem(COSName.CONTENTS, stream);
                    } else if (existing instanceof COSArray streams) {
                        streams.add(stream);
                    } else {
                        COSArray streams = new COSArray();
                        streams.setDirect(true);
                        streams.add(existing);
                        streams.add(stream);
                        target.setItem(COSName.CONTENTS, streams);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                content = null;
            }
        }

        private boolean atPageTop() {
            return y >= TOP;
        }

        /** Starts a new page unless the height fits below the current position. */
        private void ensure(float height) {
            if (y - height < BOTTOM && !atPageTop()) {
                newPage();
            }
        }

        private PDPageContentStream content() {
            if (content == null) {
                throw new IllegalStateException("no page open");
            }
            return content;
        }

        private PDPage page() {
            if (page == null) {
                throw new IllegalStateException("no page open");
            }
            return page;
        }

        // --- text ------------------------------------------------------------------------------

        /** Lines of rich text: paragraphs and list items, each tagged under the parent element. */
        private List<Line> rich(
                Rich rich, float indent, float width, float size, PDStructureElement parent, boolean contentOfParent) {
            return rich(rich, indent, width, size, parent, contentOfParent, 0);
        }

        private List<Line> rich(
                Rich rich,
                float indent,
                float width,
                float size,
                PDStructureElement parent,
                boolean contentOfParent,
                int listDepth) {
            List<Line> lines = new ArrayList<>();
            // A cell of one paragraph holds its text directly; anything richer gets elements of its own.
            boolean direct = contentOfParent
                    && rich.blocks().size() == 1
                    && rich.blocks().getFirst() instanceof Rich.Para;
            for (Rich.Block block : rich.blocks()) {
                switch (block) {
                    case Rich.Para(List<Rich.Inline> inlines) ->
                        paragraphLines(
                                lines,
                                text.lines(
                                        inlines,
                                        width,
                                        indent,
                                        size,
                                        false,
                                        direct ? parent : PdfTags.element("P", parent)),
                                size);
                    case Rich.SubHeading(List<Rich.Inline> inlines) ->
                        paragraphLines(
                                lines,
                                text.lines(inlines, width, indent, size, true, PdfTags.element("P", parent)),
                                size);
                    case Rich.ItemList(boolean ordered, List<Rich> items) -> {
                        PDStructureElement list = PdfTags.element("L", parent);
                        int number = 0;
                        for (Rich item : items) {
                            PDStructureElement listItem = PdfTags.element("LI", list);
                            PDStructureElement label = PdfTags.element("Lbl", listItem);
                            PDStructureElement body = PdfTags.element("LBody", listItem);
                            List<Line> itemLines =
                                    rich(item, indent + LIST_INDENT, width, size, body, false, listDepth + 1);
                            if (itemLines.isEmpty()) {
                                continue;
                            }
                            number++;
                            String marker = ordered ? number + "." : BULLETS[Math.min(listDepth, BULLETS.length - 1)];
                            itemLines.set(0, itemLines.getFirst().withLabel(new Label(marker, label)));
                            lines.addAll(itemLines);
                        }
                    }
                }
            }
            return lines;
        }

        private static void paragraphLines(List<Line> into, List<Line> paragraph, float size) {
            int last = paragraph.size() - 1;
            paragraph.set(last, paragraph.get(last).withSpaceAfter(size * 0.4f));
            into.addAll(paragraph);
        }

        /** Draws lines from the current position down, starting new pages as needed. */
        private void draw(List<Line> lines, float left, boolean artifact) {
            for (Line line : lines) {
                ensure(line.height());
                drawLine(line, left, y, artifact);
                y -= line.height();
            }
        }

        private void drawLine(Line line, float left, float top, boolean artifact) {
            float baseline = top - text.ascent(line.size());
            Label label = line.label();
            if (label != null) {
                float labelWidth = text.width(label.text(), PdfText.REGULAR, line.size());
                show(
                        label.text(),
                        PdfText.REGULAR,
                        line.size(),
                        left + line.indent() - labelWidth - 1.5f * MM,
                        baseline,
                        TEXT,
                        artifact ? null : label.tag());
            }
            for (Segment segment : line.segments()) {
                float x = left + line.indent() + segment.x();
                LinkTag link = segment.link();
                if (link == null) {
                    show(segment.text(), segment.style(), line.size(), x, baseline, TEXT, artifact ? null : line.tag());
                    continue;
                }
                PDStructureElement element = link.element;
                if (element == null) {
                    element = PdfTags.element("Link", link.parent);
                    link.element = element;
                }
                show(segment.text(), segment.style(), line.size(), x, baseline, LINK, artifact ? null : element);
                if (!artifact) {
                    linkArea(
                            new PDRectangle(
                                    x,
                                    top - line.size() * PdfText.LEADING,
                                    segment.width(),
                                    line.size() * PdfText.LEADING),
                            element,
                            link);
                }
            }
        }

        /** Text as marked content of its element, or as an artifact (a repeated table header). */
        private void show(
                String shown,
                int style,
                float size,
                float x,
                float baseline,
                Color textColor,
                @Nullable PDStructureElement element) {
            try {
                PDPageContentStream stream = content();
                if (element == null) {
                    stream.beginMarkedContent(COSName.ARTIFACT);
                } else {
                    stream.beginMarkedContent(
                            COSName.getPDFName(element.getStructureType()), tags.mark(page(), element));
                }
                stream.beginText();
                if (style != fontStyle || size != fontSize) {
                    stream.setFont(text.font(style), size);
                    fontStyle = style;
                    fontSize = size;
                }
                if (!textColor.equals(color)) {
                    stream.setNonStrokingColor(textColor);
                    color = textColor;
                }
                stream.newLineAtOffset(x, baseline);
                stream.showText(shown);
                stream.endText();
                stream.endMarkedContent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The clickable area of a link's line. A link wrapped over several lines of a page has one
         * annotation: a rectangle around all of them, and a quadrilateral per line where it is
         * clickable. That is a third of the annotations of a report whose titles wrap.
         */
        private void linkArea(PDRectangle area, PDStructureElement element, LinkTag link) {
            PDAnnotationLink previous = link.annotation;
            if (previous != null && link.annotationPage == page()) {
                PDRectangle around = previous.getRectangle();
                float[] quads = previous.getQuadPoints() == null ? quad(around) : previous.getQuadPoints();
                float[] widened = Arrays.copyOf(quads, quads.length + 8);
                System.arraycopy(quad(area), 0, widened, quads.length, 8);
                previous.setQuadPoints(widened);
                previous.getCOSObject().getCOSArray(COSName.QUADPOINTS).setDirect(true);
                float left = Math.min(around.getLowerLeftX(), area.getLowerLeftX());
                float bottom = Math.min(around.getLowerLeftY(), area.getLowerLeftY());
                previous.setRectangle(new PDRectangle(
                        left,
                        bottom,
                        Math.max(around.getUpperRightX(), area.getUpperRightX()) - left,
                        Math.max(around.getUpperRightY(), area.getUpperRightY()) - bottom));
                previous.getCOSObject().getCOSArray(COSName.RECT).setDirect(true);
                return;
            }
            PDAnnotationLink annotation = new PDAnnotationLink();
            PDActionURI action = new PDActionURI();
            action.setURI(link.href);
            action.getCOSObject().setDirect(true);
            annotation.setAction(action);
            annotation.setContents(link.text);
            annotate(annotation, area, element);
            link.annotation = annotation;
            link.annotationPage = page();
        }

        /** A rectangle's corners in the order viewers expect: top left, top right, bottom left, bottom right. */
        private static float[] quad(PDRectangle area) {
            return new float[] {
                area.getLowerLeftX(),
                area.getUpperRightY(),
                area.getUpperRightX(),
                area.getUpperRightY(),
                area.getLowerLeftX(),
                area.getLowerLeftY(),
                area.getUpperRightX(),
                area.getLowerLeftY()
            };
        }

        /** A link annotation without a border; its parts written inside it (see {@link PdfTags#direct}). */
        private void annotate(PDAnnotationLink annotation, PDRectangle area, PDStructureElement element) {
            annotation.setRectangle(area);
            annotation.getCOSObject().getCOSArray(COSName.RECT).setDirect(true);
            PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
            noBorder.setWidth(0);
            noBorder.getCOSObject().setDirect(true);
            annotation.setBorderStyle(noBorder);
            // Appended to the page's array itself: PDPage.getAnnotations() wraps all of them anew each time.
            COSArray annotations = page().getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annotations == null) {
                annotations = new COSArray();
                annotations.setDirect(true);
                page().getCOSObject().setItem(COSName.ANNOTS, annotations);
            }
            annotations.add(annotation);
            tags.annotation(annotation, element);
        }

        private void rectangle(float x, float top, float width, float height, @Nullable Color fill) {
            try {
                PDPageContentStream stream = content();
                stream.beginMarkedContent(COSName.ARTIFACT);
                if (fill != null) {
                    stream.setNonStrokingColor(fill);
                    color = fill;
                    stream.addRect(x, top - height, width, height);
                    stream.fill();
                }
                stream.setStrokingColor(BORDER);
                stream.setLineWidth(0.5f);
                stream.addRect(x, top - height, width, height);
                stream.stroke();
                stream.endMarkedContent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        // --- title page, contents, headings -----------------------------------------------------

        private void titlePage() {
            newPage();
            y = TOP - 50 * MM;
            draw(text.lines(document.title(), WIDTH, 0, 24, true, PdfTags.element("H1", tags.document())), LEFT, false);
            y -= 6 * MM;
            draw(
                    text.lines(document.subtitle(), WIDTH, 0, 14, false, PdfTags.element("P", tags.document())),
                    LEFT,
                    false);
            y -= 14 * MM;
            for (String line : document.titleLines()) {
                draw(text.lines(line, WIDTH, 0, BODY, false, PdfTags.element("P", tags.document())), LEFT, false);
            }
        }

        private Contents contents() {
            List<Line> heading =
                    text.lines(document.tocHeading(), WIDTH, 0, 16, true, PdfTags.element("H2", tags.document()));
            PDStructureElement toc = PdfTags.element("TOC", tags.document());
            List<TocEntry> entries = new ArrayList<>();
            for (Block block : document.body()) {
                if (block instanceof Heading entry && entry.level() <= document.tocDepth()) {
                    PDStructureElement link = PdfTags.element("Link", PdfTags.element("TOCI", toc));
                    float indent = (entry.level() - 1) * 8 * MM;
                    // Room on the right for the page number.
                    entries.add(new TocEntry(
                            entry, text.lines(entry.numbered(), WIDTH - 15 * MM, indent, BODY, false, link), link));
                }
            }
            return new Contents(heading, entries);
        }

        /** Keeps pages free for the table of contents, which is drawn once the sections' pages are known. */
        private List<PDPage> reservePages(Contents contents) {
            newPage();
            contentsPages.add(page());
            y -= contents.headingHeight();
            for (TocEntry entry : contents.entries()) {
                if (y - entry.height() < BOTTOM) {
                    newPage();
                    contentsPages.add(page());
                }
                y -= entry.height();
            }
            finishPage();
            return contentsPages;
        }

        /** Fills the reserved pages, breaking them where {@link #reservePages} did. */
        private void tableOfContents(Contents contents, List<PDPage> reserved) {
            int pageIndex = 0;
            open(reserved.getFirst());
            y = TOP;
            draw(contents.heading(), LEFT, false);
            y -= 2 * MM;
            for (TocEntry entry : contents.entries()) {
                if (y - entry.height() < BOTTOM) {
                    closeContent();
                    open(reserved.get(++pageIndex));
                    y = TOP;
                }
                Target target = target(entry.heading());
                float top = y;
                for (Line line : entry.lines()) {
                    drawLine(line, LEFT, y, false);
                    y -= line.height() + TOC_GAP;
                }
                String number = Integer.toString(target.pageNumber());
                float numberWidth = text.width(number, PdfText.REGULAR, BODY);
                show(
                        number,
                        PdfText.REGULAR,
                        BODY,
                        LEFT + WIDTH - numberWidth,
                        y + TOC_GAP + entry.lines().getLast().height() - text.ascent(BODY),
                        TEXT,
                        entry.link());
                PDAnnotationLink annotation = new PDAnnotationLink();
                annotation.setDestination(destination(target));
                annotation.setContents(entry.heading().numbered());
                annotate(annotation, new PDRectangle(LEFT, y + TOC_GAP, WIDTH, top - y - TOC_GAP), entry.link());
            }
            closeContent();
        }

        private Target target(Heading heading) {
            return targets.stream()
                    .filter(target -> target.heading() == heading)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("heading not laid out: " + heading.numbered()));
        }

        private static PDPageXYZDestination destination(Target target) {
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(target.page());
            destination.setLeft((int) LEFT);
            destination.setTop((int) Math.ceil(target.top()));
            return destination;
        }

        private void heading(Heading heading) {
            float size = switch (heading.level()) {
                case 1 -> 16;
                case 2 -> 12.5f;
                default -> 11;
            };
            if (heading.level() == 1 && !atPageTop()) {
                newPage();
            } else if (!atPageTop()) {
                y -= size * 0.6f;
            }
            PDStructureElement element = PdfTags.element("H" + Math.min(heading.level() + 1, 6), tags.document());
            List<Line> lines = text.lines(heading.numbered(), WIDTH, 0, size, true, element);
            lines.set(lines.size() - 1, lines.getLast().withSpaceAfter(size * 0.4f));
            // A heading keeps some of what follows it on its page.
            ensure((float) lines.stream().mapToDouble(Line::height).sum() + 4 * BODY * PdfText.LEADING);
            targets.add(new Target(heading, page(), pageCount, y));
            draw(lines, LEFT, false);
        }

        private void bookmarks() {
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem section = null;
            for (Target target : targets) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(target.heading().numbered());
                item.setDestination(destination(target));
                if (target.heading().level() == 1 || section == null) {
                    outline.addLast(item);
                    section = item;
                } else {
                    section.addLast(item);
                }
            }
            pdf.getDocumentCatalog().setDocumentOutline(outline);
        }

        // --- tables ----------------------------------------------------------------------------

        private void fieldTable(FieldTable table) {
            PDStructureElement element = table(table.caption());
            PDStructureElement body = PdfTags.element("TBody", element);
            List<Float> widths = widths(List.of(34, 66));
            for (Document.Field field : table.fields()) {
                PDStructureElement row = PdfTags.element("TR", body);
                PDStructureElement label = headerCell(row, PDTableAttributeObject.SCOPE_ROW);
                Cell labelCell = new Cell(
                        text.lines(field.label(), widths.get(0) - 2 * CELL_PADDING_X, 0, BODY, true, label),
                        LABEL_FILL);
                Cell valueCell = cell(field.value(), widths.get(1), BODY, PdfTags.element("TD", row));
                row(List.of(labelCell, valueCell), widths, null);
            }
            y -= 4 * MM;
        }

        /** A data table whose rows are laid out and drawn one by one as they are read. */
        private void dataTable(DataTable table) {
            List<Float> widths = widths(table.widths());
            PDStructureElement element = table(table.caption());
            PDStructureElement head = PdfTags.element("TR", PdfTags.element("THead", element));
            List<Cell> header = new ArrayList<>();
            List<Cell> repeated = new ArrayList<>();
            for (int column = 0; column < table.headers().size(); column++) {
                String label = table.headers().get(column);
                float inner = widths.get(column) - 2 * CELL_PADDING_X;
                header.add(new Cell(
                        text.lines(label, inner, 0, TABLE, true, headerCell(head, PDTableAttributeObject.SCOPE_COLUMN)),
                        HEADER_FILL));
                repeated.add(new Cell(text.lines(label, inner, 0, TABLE, true, head), HEADER_FILL));
            }
            ensure(rowHeight(header) + 3 * TABLE * PdfText.LEADING);
            row(header, widths, null);
            PDStructureElement body = PdfTags.element("TBody", element);
            for (List<Rich> values : table.rows()) {
                PDStructureElement row = PdfTags.element("TR", body);
                List<Cell> cells = new ArrayList<>(values.size());
                for (int column = 0; column < values.size(); column++) {
                    cells.add(cell(values.get(column), widths.get(column), TABLE, PdfTags.element("TD", row)));
                }
                row(cells, widths, repeated);
                flush(row);
            }
            y -= 4 * MM;
        }

        /** Writes a finished row's elements out; see {@link PdfFile}. */
        private void flush(PDStructureElement row) {
            try {
                tags.flush(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private PDStructureElement table(String caption) {
            PDStructureElement table = PdfTags.element("Table", tags.document());
            if (!caption.isBlank()) {
                if (!atPageTop()) {
                    y -= 2 * MM;
                }
                List<Line> lines = text.lines(caption, WIDTH, 0, 9.5f, true, PdfTags.element("Caption", table));
                ensure((float) lines.stream().mapToDouble(Line::height).sum() + 4 * TABLE * PdfText.LEADING);
                draw(lines, LEFT, false);
            }
            return table;
        }

        private static PDStructureElement headerCell(PDStructureElement row, String scope) {
            PDStructureElement cell = PdfTags.element("TH", row);
            PDTableAttributeObject attributes = new PDTableAttributeObject();
            attributes.setScope(scope);
            attributes.getCOSObject().setDirect(true);
            cell.addAttribute(attributes);
            return cell;
        }

        private Cell cell(Rich value, float width, float size, PDStructureElement element) {
            float inner = width - 2 * CELL_PADDING_X;
            List<Line> lines = value.isEmpty() ? List.of() : rich(value, 0, inner, size, element, true);
            if (lines.isEmpty()) {
                lines = text.lines("–", inner, 0, size, false, element);
            }
            return new Cell(lines, null);
        }

        private static float rowHeight(List<Cell> cells) {
            return (float) cells.stream().mapToDouble(Cell::height).max().orElse(0) + 2 * CELL_PADDING_Y;
        }

        /**
         * Draws a row where it fits, else at the top of the next page below the repeated header. A
         * row taller than a page (a very long reason) continues on the next page, line by line.
         */
        private void row(List<Cell> cells, List<Float> widths, @Nullable List<Cell> repeatedHeader) {
            float headerHeight = repeatedHeader == null ? 0 : rowHeight(repeatedHeader);
            float height = rowHeight(cells);
            if (y - height < BOTTOM && !atPageTop() && height <= TOP - BOTTOM - headerHeight) {
                newPage();
                header(repeatedHeader, widths);
            }
            int[] drawn = new int[cells.size()];
            while (true) {
                float available = y - BOTTOM - 2 * CELL_PADDING_Y;
                float chunk = 0;
                int[] until = new int[cells.size()];
                for (int column = 0; column < cells.size(); column++) {
                    List<Line> lines = cells.get(column).lines();
                    float used = 0;
                    int index = drawn[column];
                    while (index < lines.size()
                            && (used + lines.get(index).height() <= available
                                    || index == drawn[column] && atPageTop())) {
                        used += lines.get(index).height();
                        index++;
                    }
                    until[column] = index;
                    chunk = Math.max(chunk, used);
                }
                float chunkHeight = chunk + 2 * CELL_PADDING_Y;
                float x = LEFT;
                for (int column = 0; column < cells.size(); column++) {
                    rectangle(
                            x,
                            y,
                            widths.get(column),
                            chunkHeight,
                            cells.get(column).fill());
                    float top = y - CELL_PADDING_Y;
                    List<Line> lines = cells.get(column).lines();
                    for (int index = drawn[column]; index < until[column]; index++) {
                        drawLine(lines.get(index), x + CELL_PADDING_X, top, false);
                        top -= lines.get(index).height();
                    }
                    drawn[column] = until[column];
                    x += widths.get(column);
                }
                y -= chunkHeight;
                boolean more = false;
                for (int column = 0; column < cells.size(); column++) {
                    more |= drawn[column] < cells.get(column).lines().size();
                }
                if (!more) {
                    return;
                }
                newPage();
                header(repeatedHeader, widths);
            }
        }

        /** The header row again at the top of a page, as an artifact: screen readers have it once. */
        private void header(@Nullable List<Cell> repeatedHeader, List<Float> widths) {
            if (repeatedHeader == null) {
                return;
            }
            float height = rowHeight(repeatedHeader);
            float x = LEFT;
            for (int column = 0; column < repeatedHeader.size(); column++) {
                rectangle(x, y, widths.get(column), height, HEADER_FILL);
                float top = y - CELL_PADDING_Y;
                for (Line line : repeatedHeader.get(column).lines()) {
                    drawLine(line, x + CELL_PADDING_X, top, true);
                    top -= line.height();
                }
                x += widths.get(column);
            }
            y -= height;
        }

        private static List<Float> widths(List<Integer> relative) {
            float total = relative.stream().mapToInt(Integer::intValue).sum();
            return relative.stream().map(width -> WIDTH * width / total).toList();
        }

        // --- chart and document properties -----------------------------------------------------

        private void chart(Chart chart) {
            float height = WIDTH * chart.heightPx() / chart.widthPx();
            ensure(height + 4 * MM);
            PDStructureElement figure = PdfTags.element("Figure", tags.document());
            figure.setAlternateDescription(chart.altText());
            PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
            layout.setBBox(new PDRectangle(LEFT, y - height, WIDTH, height));
            figure.addAttribute(layout);
            try {
                PDImageXObject image = PDImageXObject.createFromByteArray(pdf, chart.png(), "chart.png");
                PDPageContentStream stream = content();
                stream.beginMarkedContent(COSName.getPDFName("Figure"), tags.mark(page(), figure));
                stream.drawImage(image, LEFT, y - height, WIDTH, height);
                stream.endMarkedContent();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= height + 4 * MM;
        }

        private void properties() throws IOException {
            PDDocumentInformation information = pdf.getDocumentInformation();
            information.setTitle(document.title());
            information.setSubject(document.subtitle());
            information.setCreator("Kokreation");
            information.setProducer("Kokreation");
            pdf.getDocumentCatalog().setLanguage(document.locale().getLanguage());
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            pdf.getDocumentCatalog().setViewerPreferences(preferences);
            PDMetadata metadata = new PDMetadata(pdf);
            metadata.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
            pdf.getDocumentCatalog().setMetadata(metadata);
        }

        /** The title in XMP, and the claim to follow PDF/UA (ISO 14289-1). */
        private String xmp() {
            String title =
                    document.title().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            return """
                    <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                    <x:xmpmeta xmlns:x="adobe:ns:meta/">
                     <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                      <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                          xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                       <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                       <pdfuaid:part>1</pdfuaid:part>
                      </rdf:Description>
                     </rdf:RDF>
                    </x:xmpmeta>
                    <?xpacket end="w"?>""".formatted(title);
        }
    }
}
