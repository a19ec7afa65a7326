package de.kokreation.drafting;

import de.kokreation.consultation.ConsultationService;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.PagePreview;
import de.kokreation.shared.PagePreviews;
import de.kokreation.shared.Permalinks;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A draft commitment's pages for their first HTML: its title once the public may read it; a draft
 * still in preparation keeps its page for its editors but gives nothing away.
 */
@Component
class DraftPagePreviews implements PagePreviews {

    private final DraftCommitmentRepository drafts;
    private final ConsultationService consultations;

    DraftPagePreviews(DraftCommitmentRepository drafts, ConsultationService consultations) {
        this.drafts = drafts;
        this.consultations = consultations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PagePreview> preview(List<String> segments) {
        if (segments.size() < 2 || !segments.getFirst().equals(Permalinks.DRAFTS)) {
            return Optional.empty();
        }
        long id = PagePreviews.id(segments.get(1), "draft.error.notFound");
        DraftCommitment draft =
                drafts.findById(id).orElseThrow(() -> new NotFoundException("draft.error.notFound", id));
        boolean shown = DraftService.shownToPublic(draft, consultations.getThemeGroup(draft.themeGroupId()));
        return Optional.of(shown ? PagePreview.article(draft.title(), "") : PagePreview.withheld());
    }
}
