package de.kokreation.export.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The PDF file writer: what PDFBox built is what a reader gets back, object for object. */
class PdfFileTest {

    private static final COSName SHARED = COSName.getPDFName("Shared");
    private static final COSName MANY = COSName.getPDFName("Many");
    private static final COSName DATA = COSName.getPDFName("Data");
    private static final COSName INLINE = COSName.getPDFName("Inline");
    private static final byte[] BINARY = {0, (byte) 0xFF, '\r', '\n', 'e', 'n', 'd', 's', 't', 'r', 'e', 'a', 'm', 42};

    @Test
    void writesEveryKindOfValueSoThatAReaderGetsItBack() throws IOException {
        try (PDDocument written = new PDDocument()) {
            COSDictionary catalog = written.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("Text"), new COSString("Klammern ( ) \\ und Umlaute: äöü €"));
            catalog.setItem(COSName.getPDFName("Name mit #/Zeichen"), COSName.getPDFName("Wert (1)"));
            catalog.setItem(COSName.getPDFName("Number"), new COSFloat(1.25f));
            catalog.setBoolean(COSName.getPDFName("Flag"), true);
            catalog.setItem(COSName.getPDFName("Nothing"), COSNull.NULL);
            written.getDocumentInformation().setTitle("Ergebnisbericht");

            try (PDDocument read = Loader.loadPDF(bytes(written))) {
                COSDictionary back = read.getDocumentCatalog().getCOSObject();
                assertThat(back.getString(COSName.getPDFName("Text"))).isEqualTo("Klammern ( ) \\ und Umlaute: äöü €");
                assertThat(back.getCOSName(COSName.getPDFName("Name mit #/Zeichen"))
                                .getName())
                        .isEqualTo("Wert (1)");
                assertThat(back.getFloat(COSName.getPDFName("Number"))).isEqualTo(1.25f);
                assertThat(back.getDictionaryObject(COSName.getPDFName("Flag"))).isEqualTo(COSBoolean.TRUE);
                assertThat(back.containsKey(COSName.getPDFName("Nothing"))).isTrue();
                assertThat(read.getDocumentInformation().getTitle()).isEqualTo("Ergebnisbericht");
                assertThat(read.getDocument().getTrailer().getCOSArray(COSName.ID))
                        .hasSize(2);
            }
        }
    }

    @Test
    void writesStreamsByteForByteAndSharedObjectsOnce() throws IOException {
        try (PDDocument written = new PDDocument()) {
            written.addPage(new PDPage());
            COSDictionary catalog = written.getDocumentCatalog().getCOSObject();
            COSStream stream = written.getDocument().createCOSStream();
            try (OutputStream data = stream.createRawOutputStream()) {
                data.write(BINARY);
            }
            catalog.setItem(DATA, stream);
            COSDictionary shared = new COSDictionary();
            shared.setInt(COSName.getPDFName("Value"), 7);
            // Two references to one object, and a cycle back to the catalog.
            catalog.setItem(SHARED, shared);
            written.getPages().get(0).getCOSObject().setItem(SHARED, shared);
            shared.setItem(COSName.PARENT, catalog);
            COSDictionary direct = new COSDictionary();
            direct.setDirect(true);
            direct.setInt(COSName.getPDFName("Value"), 8);
            catalog.setItem(INLINE, direct);

            try (PDDocument read = Loader.loadPDF(bytes(written))) {
                COSDictionary back = read.getDocumentCatalog().getCOSObject();
                try (var data = ((COSStream) back.getDictionaryObject(DATA)).createRawInputStream()) {
                    assertThat(data.readAllBytes()).containsExactly(BINARY);
                }
                COSBase fromCatalog = back.getDictionaryObject(SHARED);
                COSBase fromPage = read.getPage(0).getCOSObject().getDictionaryObject(SHARED);
                assertThat(fromCatalog).isSameAs(fromPage);
                assertThat(((COSDictionary) fromCatalog).getDictionaryObject(COSName.PARENT))
                        .isSameAs(back);
                assertThat(back.getItem(SHARED)).as("written as a reference").isInstanceOf(COSObject.class);
                assertThat(back.getItem(INLINE)).as("written inline").isInstanceOf(COSDictionary.class);
                assertThat(((COSDictionary) back.getItem(INLINE)).getInt(COSName.getPDFName("Value")))
                        .isEqualTo(8);
            }
        }
    }

    @Test
    void spreadsManyObjectsOverSeveralObjectStreams() throws IOException {
        try (PDDocument written = new PDDocument()) {
            COSArray many = new COSArray();
            for (int i = 0; i < 1_234; i++) {
                COSDictionary object = new COSDictionary();
                object.setInt(COSName.getPDFName("Index"), i);
                many.add(object);
            }
            written.getDocumentCatalog().getCOSObject().setItem(MANY, many);

            byte[] file = bytes(written);
            try (PDDocument read = Loader.loadPDF(file)) {
                COSArray back = read.getDocumentCatalog().getCOSObject().getCOSArray(MANY);
                assertThat(back).hasSize(1_234);
                for (int i = 0; i < back.size(); i++) {
                    assertThat(((COSDictionary) back.getObject(i)).getInt(COSName.getPDFName("Index")))
                            .isEqualTo(i);
                }
            }
            assertThat(new String(file, StandardCharsets.ISO_8859_1))
                    .as("object streams of at most 500 objects")
                    .contains("/Type/ObjStm/N 500")
                    .startsWith("%PDF-1.7")
                    .endsWith("%%EOF\n");
        }
    }

    private static byte[] bytes(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFile.write(pdf, out);
        return out.toByteArray();
    }
}
