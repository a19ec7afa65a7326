package de.kokreation.export.document;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer without the locking of {@code ByteArrayOutputStream}, for the PDF's
 * objects and a page's content: PDFBox writes them a byte at a time.
 */
final class PdfBytes extends OutputStream {

    private byte[] buffer;
    private int size;

    PdfBytes(int capacity) {
        buffer = new byte[capacity];
    }

    @Override
    public void write(int b) {
        if (size == buffer.length) {
            buffer = Arrays.copyOf(buffer, size * 2);
        }
        buffer[size++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (size + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(size + length, buffer.length * 2));
        }
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    PdfBytes ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            write(text.charAt(i));
        }
        return this;
    }

    PdfBytes integer(long value) {
        return ascii(Long.toString(value));
    }

    PdfBytes clear() {
        size = 0;
        return this;
    }

    int size() {
        return size;
    }

    byte[] buffer() {
        return buffer;
    }
}
