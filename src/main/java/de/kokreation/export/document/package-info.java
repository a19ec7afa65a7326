/**
 * A small, format-neutral document model (headings, rich paragraphs, field tables, data tables,
 * charts) and one writer per file format: DOCX written as a stream of Office Open XML, PDF laid
 * out and tagged directly with PDFBox, ODT through the ODF Toolkit, and plain Markdown. The DOCX
 * and PDF writers take a table's rows one at a time, so a report of 100,000 proposals is written
 * while it is read from the database.
 */
@NullMarked
package de.kokreation.export.document;

import org.jspecify.annotations.NullMarked;
