package de.kokreation.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file that people upload, read row by row: strict UTF-8 (a file saved in another encoding
 * is refused, not read with broken umlauts), with or without a byte order mark, separated by
 * commas or, as German spreadsheets save it, by semicolons; a header row whose names are
 * compared in lower case; cells trimmed and freed of the apostrophe that {@link SpreadsheetSafeCsv}
 * put before formulas. Each row knows the line of the file it starts on.
 */
public final class CsvRows {

    /** One row: the line it starts on (the header is line 1) and its cells by column name. */
    public record Row(int line, Map<String, String> cells) {

        /** The cell of the column, empty when the row has none. */
        public String cell(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvRows(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    /**
     * Reads the whole file (uploads are bounded in size before they get here). Throws
     * {@link DomainException} {@code csv.error.unreadable} for a file that is not UTF-8 CSV.
     */
    public static CsvRows read(InputStream in) {
        String text;
        try (Reader reader = utf8(in)) {
            text = readAll(reader);
        } catch (CharacterCodingException notUtf8) {
            throw new DomainException("csv.error.unreadable");
        } catch (IOException unreadable) {
            throw new DomainException("csv.error.unreadable");
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(CSVFormat.RFC4180
                        .builder()
                        .setDelimiter(delimiter)
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .get())
                .get()) {
            List<String> header = parser.getHeaderNames().stream()
                    .map(name -> name.strip().toLowerCase(Locale.ROOT))
                    .toList();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Row(firstLine(parser, record), cells(header, record)));
            }
            return new CsvRows(header, rows);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException unreadable) {
            throw new DomainException("csv.error.unreadable");
        }
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }

    /**
     * The line of the file a row starts on, as a spreadsheet or editor shows it: the parser knows
     * where the row ends, and a quoted cell may span lines (a note with paragraphs); blank lines
     * skipped before the row count as they should.
     */
    private static int firstLine(CSVParser parser, CSVRecord record) {
        int breaks = 0;
        for (String value : record.values()) {
            breaks += (int) value.replace("\r\n", "\n")
                    .chars()
                    .filter(c -> c == '\n' || c == '\r')
                    .count();
        }
        return (int) parser.getCurrentLineNumber() - breaks;
    }

    private static Map<String, String> cells(List<String> header, CSVRecord record) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            cells.put(header.get(i), SpreadsheetSafeCsv.restored(record.get(i)));
        }
        return cells;
    }
}
