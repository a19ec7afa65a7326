package de.kokreation.export.document;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.cos.ICOSVisitor;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * Writes the objects of a PDF built with PDFBox into a file as they are finished: compressed
 * object streams and a cross-reference stream (PDF 1.7). A tagged report of 100,000 proposals has
 * about a million objects (an element per table cell, a link per proposal); PDFBox's own
 * {@code save} keeps all of them until the end and then takes longer than laying out the pages.
 * Here the writer {@linkplain #flush flushes} a page or a table row as soon as it is complete and
 * leaves a {@link Reference} in its place, so the heap holds a page's worth of objects; {@link
 * #finish} writes whatever is left, from the document catalog down, and the cross references.
 * <p>
 * What is written inline follows PDFBox: a dictionary or array marked direct is written where it
 * is used, every other one, and every stream, becomes an object of its own, referred to by number.
 * The number is kept in the object's key, so an object referred to again after it was written
 * gets the same number. Fonts must be subset before {@code finish}.
 */
final class PdfFile {

    /** Objects per object stream: large enough to compress well, small enough to read one quickly. */
    private static final int OBJECTS_PER_STREAM = 500;

    private static final byte[] HEADER = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);

    private final OutputStream out;
    private long position;
    /** Numbers of the objects seen and not flushed. */
    private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
    /** Objects with a number that are not written yet, in the order they were seen. */
    private final Map<Integer, COSBase> pending = new LinkedHashMap<>();

    private final BitSet written = new BitSet();
    private final BitSet flushed = new BitSet();
    /** Names as written; PDFBox keeps one instance per name, so identity finds them fastest. */
    private final Map<COSName, byte[]> names = new IdentityHashMap<>();

    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    /** Per object number: 1 at a file offset, 2 inside an object stream (number, index). */
    private byte[] types = new byte[1024];

    private long[] fields = new long[1024];
    private int[] indexes = new int[1024];
    private int nextNumber = 1;

    /** The object stream being filled: its objects' numbers, their offsets, their text. */
    private final int[] streamNumbers = new int[OBJECTS_PER_STREAM];

    private final int[] streamOffsets = new int[OBJECTS_PER_STREAM];
    private int streamCount;
    private final PdfBytes streamBody = new PdfBytes(1 << 16);
    private final PdfBytes object = new PdfBytes(1 << 12);

    /** Starts the file; the stream is flushed at the end, not closed. */
    PdfFile(OutputStream out) throws IOException {
        this.out = new BufferedOutputStream(out, 1 << 16);
        raw(HEADER, HEADER.length);
    }

    /** Writes a whole document in one go, whose fonts are already subset. */
    static void write(PDDocument pdf, OutputStream out) throws IOException {
        new PdfFile(out).finish(pdf);
    }

    /**
     * A reference to the object, to put where the object itself would keep it in memory (the
     * parent tree's entries); the object is written when it is flushed, or at the end.
     */
    Reference reference(COSBase object) {
        return new Reference(number(object));
    }

    /**
     * Writes a finished object now, unless it was already. Dictionaries, arrays and streams it
     * refers to get their numbers and are written when flushed themselves, or at the end. Put the
     * returned reference in the object's place so that it can be collected.
     */
    Reference flush(COSBase object) throws IOException {
        int number = number(object);
        if (!written.get(number)) {
            writeObject(number, object);
            numbers.remove(object);
            object.setKey(new COSObjectKey(number, 0));
            flushed.set(number);
        }
        return new Reference(number);
    }

    /**
     * Writes a stream now from bytes made outside PDFBox (a page's content), deflated here; PDFBox's
     * own streams pass every byte through a chain of filter streams into its scratch buffers.
     */
    Reference stream(PdfBytes data) throws IOException {
        byte[] compressed = deflate(data);
        int number = allocate();
        written.set(number);
        startObject(number);
        object.clear()
                .ascii("<</Filter/FlateDecode/Length ")
                .integer(compressed.length)
                .ascii(">>\nstream\n");
        raw(object);
        raw(compressed, compressed.length);
        endStream();
        return new Reference(number);
    }

    /** Puts the reference in the object's place in the array, looking from the end (it was added last). */
    static void replace(COSArray array, COSBase object, Reference written) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i) == object) {
                array.set(i, written);
                return;
            }
        }
    }

    /** Writes what is left, from the catalog and the document information down, and the cross references. */
    void finish(PDDocument pdf) throws IOException {
        COSDictionary trailer = pdf.getDocument().getTrailer();
        int catalogNumber = number(required(trailer.getCOSDictionary(COSName.ROOT), "catalog"));
        @Nullable COSDictionary info = trailer.getCOSDictionary(COSName.INFO);
        int infoNumber = info == null ? 0 : number(info);
        while (!pending.isEmpty()) {
            Map.Entry<Integer, COSBase> next = pending.entrySet().iterator().next();
            writeObject(next.getKey(), next.getValue());
        }
        flushObjectStream();
        crossReferences(catalogNumber, infoNumber);
        out.flush();
    }

    // --- objects -------------------------------------------------------------------------------

    /**
     * The object's number, given at first sight. Until it is written the object waits in {@link
     * #pending}; a flushed object keeps its number in its key instead, so that nothing here holds
     * it. Only flushed objects get a key: objects PDFBox shares between documents (the A4 media
     * box) must not carry one document's number into the next.
     */
    private int number(COSBase base) {
        if (base instanceof Reference reference) {
            return reference.number;
        }
        COSObjectKey key = base.getKey();
        if (key != null && flushed.get((int) key.getNumber())) {
            return (int) key.getNumber();
        }
        Integer number = numbers.get(base);
        if (number != null) {
            return number;
        }
        int assigned = allocate();
        numbers.put(base, assigned);
        pending.put(assigned, base);
        return assigned;
    }

    private void writeObject(int number, COSBase object) throws IOException {
        pending.remove(number);
        written.set(number);
        if (object instanceof COSStream stream) {
            stream(number, stream);
        } else {
            inObjectStream(number, object);
        }
    }

    private int allocate() {
        int number = nextNumber++;
        if (number >= types.length) {
            int size = types.length * 2;
            types = Arrays.copyOf(types, size);
            fields = Arrays.copyOf(fields, size);
            indexes = Arrays.copyOf(indexes, size);
        }
        return number;
    }

    private void inObjectStream(int number, COSBase base) throws IOException {
        streamNumbers[streamCount] = number;
        streamOffsets[streamCount] = streamBody.size();
        types[number] = 2;
        indexes[number] = streamCount;
        streamCount++;
        inline(base, streamBody, 0);
        streamBody.write('\n');
        if (streamCount == OBJECTS_PER_STREAM) {
            flushObjectStream();
        }
    }

    private void flushObjectStream() throws IOException {
        if (streamCount == 0) {
            return;
        }
        int number = allocate();
        PdfBytes offsets = new PdfBytes(streamCount * 12);
        for (int i = 0; i < streamCount; i++) {
            offsets.integer(streamNumbers[i]).write(' ');
            offsets.integer(streamOffsets[i]).write(' ');
            fields[streamNumbers[i]] = number;
        }
        PdfBytes data = new PdfBytes(offsets.size() + streamBody.size());
        data.write(offsets.buffer(), 0, offsets.size());
        data.write(streamBody.buffer(), 0, streamBody.size());
        byte[] compressed = deflate(data);
        startObject(number);
        object.clear()
                .ascii("<</Type/ObjStm/N ")
                .integer(streamCount)
                .ascii("/First ")
                .integer(offsets.size())
                .ascii("/Filter/FlateDecode/Length ")
                .integer(compressed.length)
                .ascii(">>\nstream\n");
        raw(object);
        raw(compressed, compressed.length);
        endStream();
        streamCount = 0;
        streamBody.clear();
    }

    private void stream(int number, COSStream stream) throws IOException {
        byte[] data;
        if (stream.hasData()) {
            try (InputStream in = stream.createRawInputStream()) {
                data = in.readAllBytes();
            }
        } else {
            data = new byte[0];
        }
        startObject(number);
        object.clear().ascii("<<");
        for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
            if (!COSName.LENGTH.equals(entry.getKey()) && entry.getValue() != null) {
                name(entry.getKey(), object);
                object.write(' ');
                value(entry.getValue(), object, 1);
            }
        }
        object.ascii("/Length ").integer(data.length).ascii(">>\nstream\n");
        raw(object);
        raw(data, data.length);
        endStream();
        // Gives the buffer back to PDFBox (the fonts, the chart).
        stream.close();
    }

    private void startObject(int number) throws IOException {
        types[number] = 1;
        fields[number] = position;
        object.clear().integer(number).ascii(" 0 obj\n");
        raw(object);
    }

    private void endStream() throws IOException {
        object.clear().ascii("\nendstream\nendobj\n");
        raw(object);
    }

    /** An object's own text: a dictionary or array is spelled out here even where it is not direct. */
    private void inline(COSBase base, PdfBytes to, int depth) throws IOException {
        if (depth > 100) {
            throw new IOException("PDF objects nested more than 100 deep: a cycle among direct objects");
        }
        switch (base) {
            case COSDictionary dictionary -> {
                to.ascii("<<");
                for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                    if (entry.getValue() != null) {
                        name(entry.getKey(), to);
                        to.write(' ');
                        value(entry.getValue(), to, depth + 1);
                    }
                }
                to.ascii(">>");
            }
            case COSArray array -> {
                to.write('[');
                for (int i = 0; i < array.size(); i++) {
                    if (i > 0) {
                        to.write(' ');
                    }
                    @Nullable COSBase element = array.get(i);
                    value(element == null ? COSNull.NULL : element, to, depth + 1);
                }
                to.write(']');
            }
            case COSName name -> name(name, to);
            case COSInteger integer -> to.integer(integer.longValue());
            case COSFloat number -> number.writePDF(to);
            case COSString string -> COSWriter.writeString(string, to);
            case COSBoolean bool -> bool.writePDF(to);
            case COSNull ignored -> to.ascii("null");
            case COSObject reference -> value(reference, to, depth);
            case Reference reference -> to.integer(reference.number).ascii(" 0 R");
            default -> throw new IOException("cannot write " + base.getClass().getSimpleName());
        }
    }

    /** A value where it is used: inline if direct, else a reference to an object of its own. */
    private void value(COSBase base, PdfBytes to, int depth) throws IOException {
        COSBase target = base;
        if (base instanceof COSObject reference) {
            @Nullable COSBase object = reference.getObject();
            if (object == null) {
                to.ascii("null");
                return;
            }
            target = object;
        }
        boolean ownObject = target instanceof COSStream
                || base instanceof COSObject
                || target instanceof Reference
                || (target instanceof COSDictionary || target instanceof COSArray) && !target.isDirect();
        if (ownObject) {
            to.integer(number(target)).ascii(" 0 R");
        } else {
            inline(target, to, depth);
        }
    }

    private void name(COSName name, PdfBytes to) throws IOException {
        byte[] bytes = names.get(name);
        if (bytes == null) {
            PdfBytes spelled = new PdfBytes(32);
            name.writePDF(spelled);
            bytes = Arrays.copyOf(spelled.buffer(), spelled.size());
            names.put(name, bytes);
        }
        to.write(bytes, 0, bytes.length);
    }

    // --- cross references ----------------------------------------------------------------------

    /** The cross-reference stream: per object its type, its offset or object stream, its index. */
    private void crossReferences(int catalogNumber, int infoNumber) throws IOException {
        int number = allocate();
        types[number] = 1;
        fields[number] = position;
        int size = nextNumber;
        PdfBytes table = new PdfBytes(size * 7);
        for (int i = 0; i < size; i++) {
            if (i == 0) {
                entry(table, 0, 0, 0xFFFF);
            } else {
                entry(table, types[i], fields[i], types[i] == 2 ? indexes[i] : 0);
            }
        }
        byte[] compressed = deflate(table);
        byte[] id = id();
        object.clear()
                .integer(number)
                .ascii(" 0 obj\n<</Type/XRef/Size ")
                .integer(size)
                .ascii("/W[1 4 2]/Root ")
                .integer(catalogNumber)
                .ascii(" 0 R");
        if (infoNumber > 0) {
            object.ascii("/Info ").integer(infoNumber).ascii(" 0 R");
        }
        object.ascii("/ID[");
        COSWriter.writeString(id, object);
        COSWriter.writeString(id, object);
        object.ascii("]/Filter/FlateDecode/Length ").integer(compressed.length).ascii(">>\nstream\n");
        raw(object);
        raw(compressed, compressed.length);
        long start = fields[number];
        object.clear().ascii("\nendstream\nendobj\nstartxref\n").integer(start).ascii("\n%%EOF\n");
        raw(object);
    }

    private static void entry(PdfBytes table, int type, long field, int index) {
        if (field > 0xFFFFFFFFL) {
            throw new IllegalStateException("PDF larger than 4 GB");
        }
        table.write(type);
        table.write((int) (field >>> 24));
        table.write((int) (field >>> 16));
        table.write((int) (field >>> 8));
        table.write((int) field);
        table.write(index >>> 8);
        table.write(index);
    }

    /** The file identifier readers use to tell documents apart. */
    private static byte[] id() {
        UUID uuid = UUID.randomUUID();
        byte[] id = new byte[16];
        for (int i = 0; i < 8; i++) {
            id[i] = (byte) (uuid.getMostSignificantBits() >>> (56 - 8 * i));
            id[8 + i] = (byte) (uuid.getLeastSignificantBits() >>> (56 - 8 * i));
        }
        return id;
    }

    // --- bytes ---------------------------------------------------------------------------------

    private byte[] deflate(PdfBytes data) {
        deflater.reset();
        deflater.setInput(data.buffer(), 0, data.size());
        deflater.finish();
        PdfBytes compressed = new PdfBytes(Math.max(64, data.size() / 3));
        byte[] chunk = new byte[1 << 16];
        while (!deflater.finished()) {
            int length = deflater.deflate(chunk);
            compressed.write(chunk, 0, length);
        }
        return Arrays.copyOf(compressed.buffer(), compressed.size());
    }

    private void raw(PdfBytes bytes) throws IOException {
        raw(bytes.buffer(), bytes.size());
    }

    private void raw(byte[] bytes, int length) throws IOException {
        out.write(bytes, 0, length);
        position += length;
    }

    private static <T> T required(@Nullable T value, String what) throws IOException {
        if (value == null) {
            throw new IOException("PDF without " + what);
        }
        return value;
    }

    /**
     * Stands for an object of the file by its number, where the object itself is written already
     * or would otherwise be kept in memory. Only this writer can write it.
     */
    static final class Reference extends COSBase {

        private final int number;

        private Reference(int number) {
            this.number = number;
        }

        @Override
        public void accept(ICOSVisitor visitor) {
            throw new UnsupportedOperationException("object " + number + " is written by PdfFile, not PDFBox");
        }

        @Override
        public String toString() {
            return number + " 0 R";
        }
    }
}
