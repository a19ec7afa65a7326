package de.kokreation.export.document;

import de.kokreation.export.document.Document.Chart;
import de.kokreation.export.document.Document.DataTable;
import de.kokreation.export.document.Document.Field;
import de.kokreation.export.document.Document.FieldTable;
import de.kokreation.export.document.Document.Heading;
import de.kokreation.export.document.Document.Paragraph;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/** A document with every kind of block, for the writers' tests; the table's rows come from the test. */
final class SampleDocument {

    private SampleDocument() {}

    static Document with(Iterable<List<Rich>> rows) {
        return new Document(
                "Ergebnisbericht",
                "Nationaler Aktionsplan",
                List.of("Region: Bund"),
                "Inhalt",
                2,
                List.of(
                        new Heading(1, "1", "Übersicht & <Ziele>", "overview"),
                        new Paragraph(Rich.markdown("""
                                Text mit **fett** und [Quelle](https://example.org/a?x=1&y=2)

                                1. eins
                                2. zwei
                                   - verschachtelt

                                Zwischentext

                                1. wieder eins""")),
                        new FieldTable(
                                "Verpflichtung", List.of(new Field("Ziel", Rich.plain("Offene Daten für alle")))),
                        new Chart(png(), 40, 20, "Beteiligung je Woche"),
                        new Heading(1, "2", "Vorschläge", "proposals"),
                        new DataTable("Vorschläge", List.of("Titel", "Antwort"), List.of(60, 40), rows)),
                Locale.GERMAN);
    }

    /** Rows made when the table is read, counting the reads: a streaming writer reads its rows once. */
    static Iterable<List<Rich>> rows(int count, AtomicInteger reads, IntFunction<List<Rich>> row) {
        return () -> {
            reads.incrementAndGet();
            return IntStream.rangeClosed(1, count).mapToObj(row).iterator();
        };
    }

    /** A black picture standing in for the weekly chart. */
    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
