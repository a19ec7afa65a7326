/**
 * A small, format-neutral document model (headings, rich paragraphs, field tables, data tables,
 * charts) and one writer per file format, each built on a well-kept library: Apache POI for DOCX,
 * the ODF Toolkit for ODT, openhtmltopdf with PDFBox for PDF (fed from jsoup's DOM), and plain
 * Markdown.
 */
@NullMarked
package de.kokreation.export.document;

import org.jspecify.annotations.NullMarked;
