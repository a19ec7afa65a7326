/**
 * Documents for handing a consultation's result to government: the draft commitments in the OGP
 * template (DOCX, ODT, PDF, Markdown) and the reasoned-response report (Ergebnisbericht, DOCX and
 * PDF). A read model over the participation and drafting tables; coordinators export everything,
 * leads their own theme groups.
 */
@NullMarked
package de.kokreation.export;

import org.jspecify.annotations.NullMarked;
