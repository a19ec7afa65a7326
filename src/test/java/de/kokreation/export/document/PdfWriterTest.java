package de.kokreation.export.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF laid out by PDFBox: text, pages, navigation and the tags screen readers follow. */
class PdfWriterTest {

    private static final int ROWS = 120;
    private final AtomicInteger rowReads = new AtomicInteger();

    @Test
    void keepsTheTextBreaksTablesAcrossPagesAndNumbersThem() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(document()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "Ergebnisbericht",
                            "Nationaler Aktionsplan",
                            "1 Übersicht & <Ziele>",
                            "Text mit fett und Quelle",
                            "wieder eins",
                            "Offene Daten für alle",
                            "Vorschlag 1 ",
                            "Vorschlag 120",
                            "Steuerzeichen ?")
                    .doesNotContain("\u0001", "中");
            // The table of contents names the page its sections start on.
            int firstSection = pageOf(pdf, "2 Vorschläge");
            assertThat(text).containsPattern("2 Vorschläge\\s+" + (firstSection + 1) + "\\s");
            assertThat(pdf.getNumberOfPages())
                    .as("a table of 120 rows spans pages")
                    .isGreaterThan(firstSection + 2);
            // Every page after the title shows its number; the header row repeats on every page of the table.
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pdf.getNumberOfPages());
            lastPage.setEndPage(pdf.getNumberOfPages());
            assertThat(lastPage.getText(pdf)).contains("Titel", "Antwort", Integer.toString(pdf.getNumberOfPages()));
            // The very long reason is broken across pages, not cut off.
            assertThat(text.replaceAll("\\s+", " ")).contains("Ende der langen Begründung");
        }
        assertThat(rowReads).as("the rows are read once, as a stream").hasValue(1);
    }

    @Test
    void isTaggedForScreenReadersWithLanguageTitleAndLinks() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(document()))) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getLanguage()).isEqualTo("de");
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Ergebnisbericht");
            assertThat(new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8))
                    .contains("<pdfuaid:part>1</pdfuaid:part>", "Ergebnisbericht");

            List<PDStructureElement> elements = new ArrayList<>();
            collect(catalog.getStructureTreeRoot(), elements);
            assertThat(elements)
                    .extracting(PDStructureElement::getStructureType)
                    .contains(
                            "Document",
                            "H1",
                            "TOC",
                            "TOCI",
                            "H2",
                            "P",
                            "L",
                            "LI",
                            "Lbl",
                            "LBody",
                            "Table",
                            "Caption",
                            "THead",
                            "TBody",
                            "TR",
                            "TH",
                            "TD",
                            "Link",
                            "Figure");
            assertThat(elements)
                    .filteredOn(element -> element.getStructureType().equals("H2"))
                    .extracting(element -> element.getKids().size())
                    .allSatisfy(kids -> assertThat(kids).isPositive());
            assertThat(elements)
                    .filteredOn(element -> element.getStructureType().equals("Figure"))
                    .singleElement()
                    .extracting(PDStructureElement::getAlternateDescription)
                    .isEqualTo("Beteiligung je Woche");
            assertThat(elements)
                    .filteredOn(element -> element.getStructureType().equals("TH"))
                    .extracting(element ->
                            ((PDTableAttributeObject) element.getAttributes().getObject(0)).getScope())
                    .contains(PDTableAttributeObject.SCOPE_COLUMN, PDTableAttributeObject.SCOPE_ROW);
            assertThat(elements)
                    .filteredOn(element -> element.getStructureType().equals("TD"))
                    .hasSizeGreaterThan(ROWS);
            // Each link's clickable area belongs to its Link element.
            assertThat(elements)
                    .filteredOn(element -> element.getStructureType().equals("Link"))
                    .allSatisfy(link -> assertThat(link.getKids()).anyMatch(PDObjectReference.class::isInstance));

            List<String> uris = new ArrayList<>();
            List<PDPage> destinations = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        } else if (link.getDestination() instanceof PDPageDestination destination) {
                            destinations.add(destination.getPage());
                        }
                    }
                }
            }
            assertThat(uris).contains("https://example.org/a?x=1&y=2", "https://kokreation.example/p/120");
            assertThat(destinations).as("the contents link to their sections").hasSize(2);
            assertThat(catalog.getDocumentOutline().children())
                    .extracting(item -> item.getTitle())
                    .containsExactly("1 Übersicht & <Ziele>", "2 Vorschläge");
            pdf.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    assertThat(pdf.getPage(0).getResources().getFont(name).isEmbedded())
                            .isTrue();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    /**
     * The writer puts pages and rows into the file as soon as they are finished; the tree read back
     * must still be whole: each row once, and every page's marks and every link area pointing at
     * elements of the tree.
     */
    @Test
    void writesEachRowOnceAndTheParentTreeFindsEveryElement() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(document()))) {
            PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
            List<PDStructureElement> elements = new ArrayList<>();
            collect(root, elements);
            Set<COSDictionary> inTree = Collections.newSetFromMap(new IdentityHashMap<>());
            elements.forEach(element -> inTree.add(element.getCOSObject()));
            PDStructureElement dataBody = elements.stream()
                    .filter(element -> element.getStructureType().equals("TBody"))
                    .toList()
                    .getLast();
            assertThat(dataBody.getKids())
                    .hasSize(ROWS)
                    .allSatisfy(row -> assertThat(row).isInstanceOfSatisfying(PDStructureElement.class, element -> {
                        assertThat(element.getStructureType()).isEqualTo("TR");
                        assertThat(element.getParent().getCOSObject()).isSameAs(dataBody.getCOSObject());
                    }));

            COSArray numbers = root.getParentTree().getCOSObject().getCOSArray(COSName.NUMS);
            Map<Integer, COSBase> parentTree = new HashMap<>();
            for (int i = 0; i < numbers.size(); i += 2) {
                parentTree.put(((COSInteger) numbers.getObject(i)).intValue(), numbers.getObject(i + 1));
            }
            assertThat(parentTree).hasSize(root.getParentTreeNextKey());
            Set<COSDictionary> pages = Collections.newSetFromMap(new IdentityHashMap<>());
            pdf.getPages().forEach(page -> pages.add(page.getCOSObject()));
            assertThat(elements)
                    .filteredOn(element -> element.getPage() != null)
                    .allSatisfy(element ->
                            assertThat(pages).contains(element.getPage().getCOSObject()));
            for (PDPage page : pdf.getPages()) {
                COSArray marks = (COSArray) parentTree.get(page.getStructParents());
                assertThat(marks)
                        .as("marks of page %s", page.getStructParents())
                        .isNotEmpty();
                for (int mcid = 0; mcid < marks.size(); mcid++) {
                    assertThat(inTree).contains((COSDictionary) marks.getObject(mcid));
                }
                for (var annotation : page.getAnnotations()) {
                    COSDictionary link = (COSDictionary) parentTree.get(annotation.getStructParent());
                    assertThat(inTree).contains(link);
                    assertThat(link.getNameAsString(COSName.S)).isEqualTo("Link");
                }
            }
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }

    private static int pageOf(PDDocument pdf, String heading) throws IOException {
        for (int index = 2; index < pdf.getNumberOfPages(); index++) {
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(index + 1);
            page.setEndPage(index + 1);
            if (page.getText(pdf).startsWith(heading)) {
                return index;
            }
        }
        throw new AssertionError(heading + " not found at the top of a page");
    }

    private Document document() {
        return SampleDocument.with(SampleDocument.rows(ROWS, rowReads, number -> {
            String reason = switch (number) {
                case 2 -> "Steuer\u0001zeichen 中";
                case 60 -> "Sehr lange Begründung. ".repeat(400) + "Ende der langen Begründung.";
                default -> number % 3 == 0 ? "" : "Geht in die Verpflichtung ein.";
            };
            return List.of(
                    new Rich(List.of(new Rich.Para(
                            List.of(new Rich.Link("https://kokreation.example/p/" + number, "Vorschlag " + number))))),
                    Rich.plain(reason));
        }));
    }

    private static byte[] write(Document document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(document, out);
        return out.toByteArray();
    }
}
