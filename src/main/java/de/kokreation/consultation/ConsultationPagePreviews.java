package de.kokreation.consultation;

import de.kokreation.shared.PagePreview;
import de.kokreation.shared.PagePreviews;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.RichText;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Consultation and theme-group pages for their first HTML: title, description, and the feed and
 * phase calendar a reader can subscribe to. An unknown slug is a {@code NotFoundException}.
 */
@Component
class ConsultationPagePreviews implements PagePreviews {

    private static final String ATOM = "application/atom+xml";
    private static final String CALENDAR = "text/calendar";

    private final ConsultationService consultations;

    ConsultationPagePreviews(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Override
    public Optional<PagePreview> preview(List<String> segments) {
        if (segments.size() < 2 || !segments.getFirst().equals(Permalinks.CONSULTATIONS)) {
            return Optional.empty();
        }
        String slug = segments.get(1);
        if (segments.size() >= 4 && segments.get(2).equals(Permalinks.THEMES)) {
            ThemeGroupSummary group = consultations.getThemeGroup(slug, segments.get(3));
            return Optional.of(PagePreview.article(
                            group.name() + " – " + group.consultationTitle(), group.description())
                    .withFeeds(List.of(new PagePreview.Alternate(
                            ATOM, "feed.alternate", Permalinks.themeGroupFeed(slug, group.slug())))));
        }
        ConsultationSummary consultation = consultations.getConsultation(slug).consultation();
        return Optional.of(PagePreview.article(consultation.title(), RichText.plainText(consultation.descriptionHtml()))
                .withFeeds(List.of(
                        new PagePreview.Alternate(ATOM, "feed.alternate", Permalinks.consultationFeed(slug)),
                        new PagePreview.Alternate(
                                CALENDAR, "calendar.alternate", Permalinks.consultationCalendar(slug)))));
    }
}
