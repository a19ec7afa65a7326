package de.kokreation.proposal;

import de.kokreation.shared.RenderableRichText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a citizen types into the proposal form. The same constraints check the form at the field
 * and the service on the server. The body is Markdown; it is sanitized when rendered into HTML.
 */
public record ProposalDraft(
        @NotBlank(message = "{proposal.title.required}")
        @Size(min = ProposalLimits.TITLE_MIN, max = ProposalLimits.TITLE_MAX, message = "{proposal.title.size}")
        String title,

        @NotBlank(message = "{proposal.body.required}")
        @Size(min = ProposalLimits.BODY_MIN, max = ProposalLimits.BODY_MAX, message = "{proposal.body.size}")
        @RenderableRichText
        String body) {}
