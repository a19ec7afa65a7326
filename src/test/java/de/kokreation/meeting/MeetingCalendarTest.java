package de.kokreation.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import de.kokreation.Fixtures;
import de.kokreation.IntegrationTest;
import de.kokreation.account.Role;
import de.kokreation.account.UserAccount;
import de.kokreation.consultation.ConsultationAdministration;
import de.kokreation.consultation.ConsultationDetails;
import de.kokreation.shared.Permalinks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The calendar files over real HTTP, read back by a calendar library: one meeting, a
 * consultation's feed with a cancelled meeting, texts with commas, line breaks and umlauts, no
 * session started, 404 for what does not exist.
 */
@IntegrationTest
class MeetingCalendarTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MeetingService meetings;

    @Autowired
    ConsultationAdministration administration;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void oneMeetingAndAConsultationsFeedAsCalendarProgramsReadThem() throws Exception {
        ConsultationDetails consultation = fixtures.collectingConsultation();
        UserAccount admin = fixtures.account("Admin", EnumSet.of(Role.ADMIN));
        Instant start = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES);
        String title = "Workshop Köln, Teil 1; mit Punkten: „Offene Daten“ " + "ä".repeat(80);
        long first = fixtures.as(
                admin,
                () -> meetings.create(
                        consultation.consultation().id(),
                        new MeetingPlan(
                                MeetingKind.WORKSHOP,
                                title,
                                start,
                                start.plus(Duration.ofHours(4)),
                                "Stadthaus, Raum 3; Eingang B, 50667 Köln",
                                "",
                                "",
                                "Punkt 1\nPunkt 2, mit Komma",
                                20,
                                Set.of())));
        long second = fixtures.as(
                admin,
                () -> meetings.create(
                        consultation.consultation().id(),
                        MeetingFixtures.workshop("Zweiter Workshop", start.plus(Duration.ofDays(7)), null, Set.of())));
        fixtures.as(admin, () -> {
            meetings.cancel(second);
            return null;
        });

        HttpResponse<String> one = get(Permalinks.meetingCalendar(first));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(one.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(one.body().split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(75));
        ICalendar calendar = Biweekly.parse(one.body()).first();
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getLocation().getValue()).isEqualTo("Stadthaus, Raum 3; Eingang B, 50667 Köln");
        assertThat(event.getDescription().getValue()).contains("Punkt 2, mit Komma");
        assertThat(event.getDateStart().getValue()).isEqualTo(Date.from(start));
        assertThat(event.getDateEnd().getValue()).isEqualTo(Date.from(start.plus(Duration.ofHours(4))));
        assertThat(event.getUrl().getValue()).endsWith(Permalinks.meeting(first));

        ICalendar feed = Biweekly.parse(get(Permalinks.consultationCalendar(
                                consultation.consultation().slug()))
                        .body())
                .first();
        // the consultation's phases come first (OpenWebTest reads them); here its meetings
        List<VEvent> events = feed.getEvents().stream()
                .filter(entry -> entry.getUid().getValue().startsWith("meeting-"))
                .toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(1).getStatus().getValue()).isEqualTo("CANCELLED");
        assertThat(events.get(0).getUid().getValue())
                .isNotEqualTo(events.get(1).getUid().getValue());

        assertThat(get(Permalinks.meetingCalendar(999_999_999)).statusCode()).isEqualTo(404);
        assertThat(get("/api/v1/calendar/meetings/abc.ics").statusCode()).isEqualTo(404);
        assertThat(get(Permalinks.consultationCalendar("gibt-es-nicht")).statusCode())
                .isEqualTo(404);
        assertThat(get(Permalinks.forumCalendar()).statusCode()).isEqualTo(200);
        assertThat(get(Permalinks.planCalendar("gibt-es-nicht")).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
