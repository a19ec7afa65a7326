package de.kokreation.meeting;

import de.kokreation.consultation.ConsultationService;
import de.kokreation.consultation.Phase;
import de.kokreation.shared.NotFoundException;
import de.kokreation.shared.Permalinks;
import de.kokreation.shared.RichText;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calendar files under the open data's address (public, no session): one per meeting, one per
 * consultation with all its meetings, one with the forum's meetings. Calendar programs subscribe
 * to the latter two and see changes and cancellations.
 */
@RestController
class CalendarController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    private static final int DESCRIPTION_MAX = 2000;

    private final MeetingRepository meetings;
    private final ConsultationService consultations;
    private final de.kokreation.actionplan.ActionPlanService actionPlans;
    private final Clock clock;
    private final MessageSource messages;
    private final String baseUrl;
    private final String host;

    CalendarController(
            MeetingRepository meetings,
            ConsultationService consultations,
            de.kokreation.actionplan.ActionPlanService actionPlans,
            Clock clock,
            MessageSource messages,
            @Value("${kokreation.public-base-url}") String baseUrl) {
        this.messages = messages;
        this.meetings = meetings;
        this.consultations = consultations;
        this.actionPlans = actionPlans;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        String configuredHost = URI.create(this.baseUrl).getHost();
        this.host = configuredHost == null ? "kokreation" : configuredHost;
    }

    @GetMapping(Permalinks.OPEN_DATA_API + "/calendar/meetings/{id}.ics")
    ResponseEntity<String> meeting(@PathVariable String id) {
        Meeting meeting = parse(id).flatMap(meetings::findById).orElse(null);
        if (meeting == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return calendar("meeting-" + meeting.id() + ".ics", meeting.title(), List.of(meeting));
    }

    @GetMapping(Permalinks.OPEN_DATA_API + "/calendar/consultations/{slug}.ics")
    ResponseEntity<String> consultation(
            @PathVariable String slug, @RequestParam(required = false) @Nullable String lang) {
        try {
            var consultation = consultations.getConsultation(slug).consultation();
            Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.GERMAN;
            List<MeetingCalendar.DaySpan> phases = consultation.timeline().stream()
                    .filter(span -> span.phase() != Phase.CLOSED)
                    .map(span -> new MeetingCalendar.DaySpan(
                            "consultation-" + consultation.id() + "-"
                                    + span.phase().name().toLowerCase(Locale.ROOT),
                            messages.getMessage("phase." + span.phase().name(), null, locale) + " – "
                                    + consultation.title(),
                            span.start(),
                            span.end(),
                            baseUrl + Permalinks.consultation(slug)))
                    .toList();
            return calendar(
                    slug + ".ics", consultation.title(), phases, meetings.findByConsultation(consultation.id()));
        } catch (NotFoundException unknown) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
    }

    @GetMapping(Permalinks.OPEN_DATA_API + "/calendar/action-plans/{slug}.ics")
    ResponseEntity<String> actionPlan(@PathVariable String slug) {
        return actionPlans
                .publishedPlan(slug)
                .map(plan -> calendar(slug + ".ics", plan.title(), meetings.findByActionPlan(plan.id())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @GetMapping(Permalinks.OPEN_DATA_API + "/calendar/forum.ics")
    ResponseEntity<String> forum() {
        return calendar("forum.ics", "Multi-Stakeholder-Forum", meetings.findForumMeetings());
    }

    @GetMapping(Permalinks.OPEN_DATA_API + "/calendar/meetings.ics")
    ResponseEntity<String> coming() {
        return calendar(
                "meetings.ics",
                "Kokreation",
                meetings.findComing(clock.instant().minus(Duration.ofDays(30)), PageRequest.of(0, 500)));
    }

    private ResponseEntity<String> calendar(String fileName, String name, List<Meeting> found) {
        return calendar(fileName, name, List.of(), found);
    }

    private ResponseEntity<String> calendar(
            String fileName, String name, List<MeetingCalendar.DaySpan> spans, List<Meeting> found) {
        List<MeetingCalendar.Entry> entries = found.stream()
                .map(meeting -> new MeetingCalendar.Entry(
                        meeting.id(),
                        meeting.title(),
                        meeting.startsAt(),
                        meeting.endsAt(),
                        meeting.place() != null ? meeting.place() : meeting.onlineLink() != null ? "Online" : null,
                        RichText.plainExcerpt(meeting.agendaSource(), DESCRIPTION_MAX),
                        baseUrl + Permalinks.meeting(meeting.id()),
                        meeting.cancelledAt() != null,
                        meeting.updatedAt()))
                .toList();
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("Access-Control-Allow-Origin", "*")
                .body(MeetingCalendar.of(name, host, spans, entries, clock.instant()));
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return java.util.Optional.empty();
        }
    }
}
