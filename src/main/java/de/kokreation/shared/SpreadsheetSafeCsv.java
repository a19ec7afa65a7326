package de.kokreation.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file that office suites open correctly and safely: UTF-8 with a byte order mark (without
 * it Excel reads umlauts as Windows-1252), RFC 4180 (CRLF, fields with separators, quotes or line
 * breaks quoted, quotes doubled), a header row, and text cells that a spreadsheet would run as a
 * formula neutralized with a leading apostrophe (OWASP "CSV injection"). Numbers stay numbers.
 * Rows go straight to the stream; the caller's stream is flushed, never closed.
 */
public final class SpreadsheetSafeCsv {

    /** U+FEFF, written as the first character: Excel then reads the file as UTF-8. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final CSVPrinter printer;

    public SpreadsheetSafeCsv(OutputStream out, List<String> header) {
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            writer.write(BYTE_ORDER_MARK);
            printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One row: strings are neutralized, numbers written as they are, null as an empty cell. A
     * numeric column never holds text, so a negative number keeps its minus sign.
     */
    public void row(@Nullable Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            safe[i] = cell instanceof String text ? neutralized(text) : cell;
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void finish() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text with a leading apostrophe when a spreadsheet would read it as a formula: it starts
     * with {@code = + - @}, or with a tab or carriage return (which some spreadsheets skip before
     * looking for a formula). The apostrophe shows the text as text in Excel and LibreOffice.
     */
    public static String neutralized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** The text of a cell as it was before {@link #neutralized(String)}: for files read back in. */
    public static String restored(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'') {
            return switch (cell.charAt(1)) {
                case '=', '+', '-', '@', '\t', '\r' -> cell.substring(1);
                default -> cell;
            };
        }
        return cell;
    }
}
