package de.kokreation.proposal;

import de.kokreation.proposal.reads.PublicProposals;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.PagePreview;
import de.kokreation.shared.PagePreviews;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.RichText;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A proposal's page for its first HTML: its title and the start of its text, so that a shared
 * address shows what the proposal says. A hidden proposal keeps its page (its moderators open it)
 * but gives nothing away; an id that names no proposal is a 404.
 */
@Component
class ProposalPagePreviews implements PagePreviews {

    private final PublicProposals proposals;

    ProposalPagePreviews(PublicProposals proposals) {
        this.proposals = proposals;
    }

    @Override
    public Optional<PagePreview> preview(List<String> segments) {
        if (segments.size() < 2 || !segments.getFirst().equals(Permalinks.PROPOSALS)) {
            return Optional.empty();
        }
        long id = PagePreviews.id(segments.get(1), "proposal.error.notFound");
        PublicProposals.Preview proposal =
                proposals.preview(id).orElseThrow(() -> new NotFoundException("proposal.error.notFound", id));
        return Optional.of(
                proposal.visible()
                        ? PagePreview.article(proposal.title(), RichText.plainText(proposal.bodyHtml()))
                        : PagePreview.withheld());
    }
}
