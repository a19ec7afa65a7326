package de.kokreation.export.document;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Document} in one file format. */
public interface DocumentWriter {

    void write(Document document, OutputStream out) throws IOException;
}
