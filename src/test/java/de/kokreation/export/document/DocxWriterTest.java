package de.kokreation.export.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FtrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** The streamed DOCX: valid against the OOXML schema, and Word's structures where Word expects them. */
class DocxWriterTest {

    private final AtomicInteger rowReads = new AtomicInteger();

    @Test
    void everyPartIsValidAgainstTheOfficeOpenXmlSchema() throws Exception {
        Map<String, byte[]> parts = unzip(write(document()));

        assertThat(parts)
                .containsKeys(
                        "[Content_Types].xml",
                        "_rels/.rels",
                        "word/_rels/document.xml.rels",
                        "docProps/core.xml",
                        "word/media/chart1.png");
        assertValid(DocumentDocument.Factory.parse(stream(parts, "word/document.xml")));
        assertValid(StylesDocument.Factory.parse(stream(parts, "word/styles.xml")));
        assertValid(NumberingDocument.Factory.parse(stream(parts, "word/numbering.xml")));
        assertValid(SettingsDocument.Factory.parse(stream(parts, "word/settings.xml")));
        assertValid(FtrDocument.Factory.parse(stream(parts, "word/footer1.xml")));
    }

    @Test
    void wordSeesHeadingsContentsListsLinksTablesAndTheChart() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(write(document())))) {
            String text = new XWPFWordExtractor(docx).getText();
            assertThat(text)
                    .contains("Ergebnisbericht", "Offene Daten für alle", "Steuerzeichen")
                    .doesNotContain("\u0001");
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Ergebnisbericht");
            assertThat(docx.getParagraphs())
                    .filteredOn(paragraph -> "Heading1".equals(paragraph.getStyle()))
                    .extracting(XWPFParagraph::getText)
                    .containsExactly("1 Übersicht & <Ziele>", "2 Vorschläge");
            assertThat(docx.getParagraphs())
                    .filteredOn(paragraph -> "TOC1".equals(paragraph.getStyle()))
                    .extracting(paragraph -> paragraph.getText().strip())
                    .containsExactly("1 Übersicht & <Ziele>", "2 Vorschläge");

            List<XWPFParagraph> items = docx.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getNumID() != null)
                    .toList();
            assertThat(items)
                    .extracting(paragraph -> paragraph.getText().strip())
                    .containsExactly("eins", "zwei", "verschachtelt", "wieder eins");
            assertThat(items.get(2).getNumIlvl()).as("nested item").isEqualTo(BigInteger.ONE);
            // Two numbered lists: two numbers, each starting at 1 again.
            assertThat(items.get(3).getNumID()).isNotEqualTo(items.get(0).getNumID());
            assertThat(docx.getNumbering()
                            .getNum(items.get(3).getNumID())
                            .getCTNum()
                            .getLvlOverrideArray(0)
                            .getStartOverride()
                            .getVal())
                    .isEqualTo(BigInteger.ONE);

            assertThat(docx.getParagraphs())
                    .flatExtracting(XWPFParagraph::getRuns)
                    .filteredOn(run -> run instanceof XWPFHyperlinkRun link && link.getHyperlinkId() != null)
                    .extracting(
                            run -> ((XWPFHyperlinkRun) run).getHyperlink(docx).getURL())
                    .containsExactly("https://example.org/a?x=1&y=2");

            XWPFTable fields = docx.getTables().getFirst();
            assertThat(fields.getRow(0).getCell(0).getText()).isEqualTo("Ziel");
            assertThat(fields.getRow(0).getCell(1).getText()).isEqualTo("Offene Daten für alle");

            XWPFTable data = docx.getTables().get(1);
            assertThat(data.getRow(0).isRepeatHeader()).isTrue();
            assertThat(data.getRows())
                    .extracting(row -> row.getCell(0).getText())
                    .containsExactly("Titel", "Vorschlag 1", "Vorschlag 2", "Vorschlag 3");
            assertThat(data.getRow(1).getCell(1).getText())
                    .as("an empty cell shows a dash")
                    .isEqualTo("–");
            assertThat(data.getRow(2).getCell(1).getText()).isEqualTo("erste Zeile\nzweite Zeile");

            assertThat(docx.getAllPictures()).hasSize(1);
            assertThat(docx.getDocument().xmlText()).contains("descr=\"Beteiligung je Woche\"");
        }
        assertThat(rowReads).as("the rows are read once, as a stream").hasValue(1);
    }

    private Document document() {
        return SampleDocument.with(SampleDocument.rows(3, rowReads, number -> {
            Rich second = switch (number) {
                case 1 -> Rich.plain("");
                case 2 ->
                    new Rich(List.of(new Rich.Para(List.of(
                            new Rich.Run("erste Zeile", false, false),
                            new Rich.LineBreak(),
                            new Rich.Run("zweite Zeile", true, true)))));
                default -> Rich.plain("Steuer\u0001zeichen");
            };
            return List.of(Rich.plain("Vorschlag " + number), second);
        }));
    }

    private static byte[] write(Document document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(document, out);
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] docx) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }

    private static InputStream stream(Map<String, byte[]> parts, String name) {
        return new ByteArrayInputStream(parts.get(name));
    }

    private static void assertValid(XmlObject part) throws XmlException {
        List<XmlError> errors = new ArrayList<>();
        boolean valid = part.validate(new XmlOptions().setErrorListener(errors));
        assertThat(errors).extracting(XmlError::toString).isEmpty();
        assertThat(valid).isTrue();
    }
}
