package de.kokreation.export;

import de.kokreation.export.document.Rich;
import de.kokreation.shared.Permalinks;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A proposal's title linking to its public page, so every line of a document traces back to its source. */
@Component
class ProposalLinks {

    private final String baseUrl;

    ProposalLinks(@Value("${kokreation.public-base-url}") String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    Rich titled(long proposalId, String title) {
        return new Rich(
                List.of(new Rich.Para(List.of(new Rich.Link(baseUrl + Permalinks.proposal(proposalId), title)))));
    }
}
