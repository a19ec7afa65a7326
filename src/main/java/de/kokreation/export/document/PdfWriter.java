package de.kokreation.export.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * PDF through openhtmltopdf and PDFBox, fed from the jsoup DOM of {@link HtmlDocument}. The DejaVu
 * fonts are embedded (subset), so umlauts, ß and dashes look the same on every reader; the PDF is
 * tagged for screen readers (PDF/UA structure) and loads nothing from outside.
 */
public class PdfWriter implements DocumentWriter {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    @Override
    public void write(Document document, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("Kokreation");
        font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
        // Only the embedded chart may load; links in citizens' text stay links and are never fetched.
        builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withW3cDocument(new W3CDom().fromJsoup(HtmlDocument.of(document)), "about:blank");
        builder.toStream(out);
        builder.run();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream stream = PdfWriter.class.getResourceAsStream(FONTS + file);
            if (stream == null) {
                throw new UncheckedIOException(new IOException("font missing on the classpath: " + file));
            }
            return stream;
        }, HtmlDocument.FONT_FAMILY, weight, style, true);
    }
}
