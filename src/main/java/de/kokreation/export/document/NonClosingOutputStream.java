package de.kokreation.export.document;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Hands the caller's stream to a library that closes what it writes to; the caller closes it. */
final class NonClosingOutputStream extends FilterOutputStream {

    NonClosingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length); // FilterOutputStream would write byte by byte
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
