/**
 * Documents for handing a consultation's result to government: the draft commitments in the OGP
 * template (DOCX, ODT, PDF, Markdown), the reasoned-response report (Ergebnisbericht, DOCX and
 * PDF), and published action plans in the same template (for everybody). It reads what the
 * proposal, drafting and action-plan modules publish for bulk reads (their {@code reads}
 * interfaces); coordinators export everything, leads their own theme groups.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "actionplan",
            "actionplan :: reads",
            "consultation",
            "drafting :: reads",
            "jobs",
            "jobs :: ui",
            "proposal :: reads",
            "shared",
            "shell"
        })
package de.kokreation.export;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
