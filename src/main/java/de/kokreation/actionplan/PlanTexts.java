package de.kokreation.actionplan;

import de.kokreation.shared.DomainException;
import de.kokreation.shared.RichText;
import java.time.LocalDate;

/** What a plan says of itself: title, period, the body that adopts it, an introduction (Markdown). */
public record PlanTexts(
        String title, LocalDate periodStart, LocalDate periodEnd, String adoptingBody, String introduction) {

    /** The texts trimmed and checked against the limits; a refusal names what is wrong. */
    PlanTexts validated() {
        String cleanTitle = title.strip();
        if (cleanTitle.length() < ActionPlanLimits.TITLE_MIN || cleanTitle.length() > ActionPlanLimits.TITLE_MAX) {
            throw new DomainException("plan.error.titleSize", ActionPlanLimits.TITLE_MIN, ActionPlanLimits.TITLE_MAX);
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new DomainException("plan.error.period");
        }
        String body = adoptingBody.strip();
        if (body.length() > ActionPlanLimits.BODY_MAX) {
            throw new DomainException("plan.error.bodyTooLong", ActionPlanLimits.BODY_MAX);
        }
        String intro = introduction.strip();
        if (intro.length() > ActionPlanLimits.INTRODUCTION_MAX) {
            throw new DomainException("plan.error.introductionTooLong", ActionPlanLimits.INTRODUCTION_MAX);
        }
        if (!RichText.isRenderable(intro)) {
            throw new DomainException("richtext.error.tooDeep", RichText.MAX_NESTING);
        }
        return new PlanTexts(cleanTitle, periodStart, periodEnd, body, intro);
    }
}
