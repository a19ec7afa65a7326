package de.kokreation.export.document;

import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The logical structure of a tagged PDF, so screen readers read headings, lists, tables with their
 * header cells, links and figures in order. Every piece of text on a page is marked content with
 * an id (MCID) that belongs to one structure element; the parent tree maps each page's ids back to
 * their elements, and each link annotation to its Link element.
 */
final class PdfTags {

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final PdfFile file;
    private final Map<PDPage, PageMarks> pages = new IdentityHashMap<>();
    /** Per key the page's elements or the link's element, as references: they are written before the tree. */
    private final Map<Integer, COSObjectable> parentTree = new HashMap<>();

    private int nextKey;

    PdfTags(PDDocument pdf, String language, PdfFile file) {
        this.file = file;
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        document = new PDStructureElement("Document", root);
        document.setLanguage(language);
        root.appendKid(document);
    }

    PDStructureElement document() {
        return document;
    }

    /** A new element, the last child of its parent so far (children come in reading order). */
    static PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        direct(parent);
        return element;
    }

    /** Gives a new page its key in the parent tree; screen readers then follow the structure on it. */
    void page(PDPage page) {
        int key = nextKey++;
        page.setStructParents(key);
        page.getCOSObject().setName("Tabs", "S");
        PageMarks marks = new PageMarks(key, new COSArray());
        pages.put(page, marks);
        parentTree.put(key, marks.parents);
    }

    /** Writes the page's entry of the parent tree, once nothing more is drawn on the page. */
    void pageFinished(PDPage page) throws IOException {
        PageMarks marks = pages.remove(page);
        parentTree.put(marks.key, file.flush(marks.parents));
    }

    /**
     * The next marked-content id on the page, recorded as content of the element: as a plain id
     * while the element stays on one page, as a reference naming the page once it spans pages.
     */
    int mark(PDPage page, PDStructureElement element) {
        PageMarks marks = pages.get(page);
        int mcid = marks.parents.size();
        marks.parents.add(file.reference(element.getCOSObject()));
        if (element.getPage() == null) {
            element.setPage(page);
            element.appendKid(mcid);
        } else if (element.getCOSObject().getDictionaryObject(COSName.PG) == page.getCOSObject()) {
            element.appendKid(mcid);
        } else {
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(page);
            reference.setMCID(mcid);
            reference.getCOSObject().setDirect(true);
            element.appendKid(reference);
        }
        direct(element);
        return mcid;
    }

    /** Links an annotation (a link's clickable area) with its Link element, both ways. */
    void annotation(PDAnnotation annotation, PDStructureElement link) {
        int key = nextKey++;
        annotation.setStructParent(key);
        parentTree.put(key, file.reference(link.getCOSObject()));
        PDObjectReference reference = new PDObjectReference();
        reference.setReferencedObject(annotation);
        reference.getCOSObject().setDirect(true);
        link.appendKid(reference);
        direct(link);
    }

    /**
     * Writes the element's list of children inside the element instead of as an object of its own.
     * PDFBox makes every dictionary and array an object of its own unless told otherwise, and a
     * report of 100,000 proposals would have millions of them, which takes minutes to save.
     */
    static void direct(PDStructureNode node) {
        if (node.getCOSObject().getDictionaryObject(COSName.K) instanceof COSArray kids) {
            kids.setDirect(true);
        }
    }

    /**
     * Writes a finished element (a table row) with everything below it, children first, and puts
     * a reference in its place under its parent: a report's rows need not stay in memory.
     */
    void flush(PDStructureElement element) throws IOException {
        COSDictionary parent = element.getCOSObject().getCOSDictionary(COSName.P);
        PdfFile.Reference written = flushTree(element.getCOSObject());
        if (parent == null) {
            return;
        }
        COSBase kids = parent.getDictionaryObject(COSName.K);
        if (kids == element.getCOSObject()) {
            parent.setItem(COSName.K, written);
        } else if (kids instanceof COSArray array) {
            PdfFile.replace(array, element.getCOSObject(), written);
        }
    }

    private PdfFile.Reference flushTree(COSDictionary element) throws IOException {
        COSBase kids = element.getDictionaryObject(COSName.K);
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof COSDictionary kid && isElement(kid)) {
                    array.set(i, flushTree(kid));
                }
            }
        } else if (kids instanceof COSDictionary kid && isElement(kid)) {
            element.setItem(COSName.K, flushTree(kid));
        }
        return file.flush(element);
    }

    /** Marked-content and object references are written inside their element; elements are not. */
    private static boolean isElement(COSDictionary kid) {
        return !kid.isDirect();
    }

    void finish() {
        PDNumberTreeNode tree = new PDNumberTreeNode(COSObjectable.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(nextKey);
    }

    private record PageMarks(int key, COSArray parents) {}
}
