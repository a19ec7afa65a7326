package de.kokreation.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeCsvTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=SUMME(A1:A9)",
                "+49 211 1234",
                "-2+3",
                "@SUM(1)",
                "\t=1+1",
                "\r=1+1",
                "=HYPERLINK(\"http://evil.example\",\"klick\")"
            })
    void cellsThatASpreadsheetWouldRunAsAFormulaGetALeadingApostrophe(String formula) {
        assertThat(SpreadsheetSafeCsv.neutralized(formula)).isEqualTo("'" + formula);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Offene Daten", "Straße, Maß und Übermaß", "1+1=2", "a=b", "'schon zitiert", " =1"})
    void otherTextStaysAsItIs(String text) {
        assertThat(SpreadsheetSafeCsv.neutralized(text)).isEqualTo(text);
    }

    @Test
    void writesUtf8WithBomCrlfDoubledQuotesAndKeepsNumbersNumeric() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, List.of("id", "text", "count"));
        csv.row(1L, "Größe \"XL\", mit Komma", -3);
        csv.row(2L, "=1+2", null);
        csv.row(3L, "zwei\nZeilen", 0);
        csv.finish();
        byte[] bytes = out.toByteArray();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text)
                .isEqualTo("id,text,count\r\n"
                        + "1,\"Größe \"\"XL\"\", mit Komma\",-3\r\n"
                        + "2,'=1+2,\r\n"
                        + "3,\"zwei\nZeilen\",0\r\n");
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(records)
                .extracting(r -> r.get("text"))
                .containsExactly("Größe \"XL\", mit Komma", "'=1+2", "zwei\nZeilen");
        assertThat(records.getFirst().get("count")).isEqualTo("-3");
    }

    @Test
    void leavesTheCallersStreamOpen() {
        class Watched extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Watched out = new Watched();
        SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, List.of("a"));
        csv.row("x");
        csv.finish();

        assertThat(out.closed).isFalse();
        assertThat(out.toString(StandardCharsets.UTF_8)).endsWith("a\r\nx\r\n");
    }
}
