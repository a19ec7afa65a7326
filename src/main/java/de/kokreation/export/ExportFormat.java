package de.kokreation.export;

import de.kokreation.export.document.DocumentWriter;
import de.kokreation.export.document.DocxWriter;
import de.kokreation.export.document.MarkdownWriter;
import de.kokreation.export.document.OdtWriter;
import de.kokreation.export.document.PdfWriter;

/** The file formats documents are exported in. */
public enum ExportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
    ODT("odt", "application/vnd.oasis.opendocument.text", "OpenDocument (ODT)"),
    PDF("pdf", "application/pdf", "PDF"),
    MARKDOWN("md", "text/markdown; charset=UTF-8", "Markdown");

    private final String extension;
    private final String contentType;
    private final String label;

    ExportFormat(String extension, String contentType, String label) {
        this.extension = extension;
        this.contentType = contentType;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format's name as people know it; the same in every language. */
    public String label() {
        return label;
    }

    DocumentWriter writer() {
        return switch (this) {
            case DOCX -> new DocxWriter();
            case ODT -> new OdtWriter();
            case PDF -> new PdfWriter();
            case MARKDOWN -> new MarkdownWriter();
        };
    }
}
