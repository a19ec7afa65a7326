package de.kokreation.export.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes XML element by element straight to a stream, so a document of 100,000 table rows never
 * stands in memory as a tree. Text and attribute values are escaped; characters XML 1.0 does not
 * allow (control characters pasted into a proposal) are left out instead of breaking the file.
 * Write errors come as {@link UncheckedIOException}, so rows can be written from a lambda.
 */
final class XmlWriter {

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;

    XmlWriter(Writer out) {
        this.out = out;
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    }

    XmlWriter start(String name) {
        closeStartTag();
        raw("<");
        raw(name);
        open.push(name);
        startTagOpen = true;
        return this;
    }

    XmlWriter attr(String name, String value) {
        if (!startTagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        raw(" ");
        raw(name);
        raw("=\"");
        escape(value, true);
        raw("\"");
        return this;
    }

    XmlWriter attr(String name, long value) {
        return attr(name, Long.toString(value));
    }

    XmlWriter text(String text) {
        closeStartTag();
        escape(text, false);
        return this;
    }

    XmlWriter end() {
        String name = open.pop();
        if (startTagOpen) {
            raw("/>");
            startTagOpen = false;
        } else {
            raw("</");
            raw(name);
            raw(">");
        }
        return this;
    }

    /** An element without content: {@code empty("w:b")} or with attributes given as name, value, … */
    XmlWriter empty(String name, String... attributes) {
        start(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attr(attributes[i], attributes[i + 1]);
        }
        return end();
    }

    /** An element holding only text. */
    XmlWriter element(String name, String text) {
        return start(name).text(text).end();
    }

    void finish() {
        while (!open.isEmpty()) {
            end();
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStartTag() {
        if (startTagOpen) {
            raw(">");
            startTagOpen = false;
        }
    }

    private void escape(String text, boolean attribute) {
        int length = text.length();
        int plainFrom = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                case '\n' -> attribute ? "&#10;" : null;
                case '\t', '\r' -> null;
                default -> c < 0x20 || c == 0xFFFE || c == 0xFFFF ? "" : null;
            };
            if (replacement != null) {
                write(text, plainFrom, i);
                raw(replacement);
                plainFrom = i + 1;
            }
        }
        write(text, plainFrom, length);
    }

    private void write(String text, int from, int to) {
        if (to > from) {
            try {
                out.write(text, from, to - from);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void raw(String text) {
        write(text, 0, text.length());
    }
}
