package de.kokreation.actionplan;

import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.PagePreview;
import de.kokreation.shared.PagePreviews;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.RichText;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An action plan's pages for their first HTML: the published plan's title and introduction; a
 * plan in preparation answers 404 like an unknown one (its coordinators' pages still open).
 */
@Component
class PlanPagePreviews implements PagePreviews {

    private final ActionPlanRepository plans;

    PlanPagePreviews(ActionPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PagePreview> preview(List<String> segments) {
        if (segments.size() < 2 || !segments.getFirst().equals(Permalinks.ACTION_PLANS)) {
            return Optional.empty();
        }
        String slug = segments.get(1);
        ActionPlan plan = plans.findBySlug(slug).orElseThrow(() -> new NotFoundException("plan.error.notFound", slug));
        if (!plan.isPublished()) {
            // a plan in preparation does not exist for the public, not even by its address
            throw new NotFoundException("plan.error.notFound", slug);
        }
        return Optional.of(PagePreview.article(
                        plan.title(),
                        RichText.plainExcerpt(plan.texts().introduction(), PagePreview.DESCRIPTION_LENGTH))
                .withFeeds(List.of(new PagePreview.Alternate(
                        "text/calendar", "calendar.planAlternate", Permalinks.planCalendar(slug)))));
    }
}
