package de.kokreation.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Meetings as an iCalendar file (RFC 5545): one event per meeting, times in UTC, texts escaped and
 * lines folded at 75 octets without splitting a character. A cancelled meeting stays in the file
 * with {@code STATUS:CANCELLED}, so calendars that took it in remove it.
 */
final class MeetingCalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What the file says of one meeting. */
    record Entry(
            long id,
            String title,
            Instant startsAt,
            Instant endsAt,
            @Nullable String place,
            String description,
            String url,
            boolean cancelled,
            Instant updatedAt) {}

    /** A stretch of whole days, such as a consultation's phase: an all-day event. */
    record DaySpan(String uid, String title, LocalDate first, LocalDate last, String url) {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private MeetingCalendar() {}

    static String of(String calendarName, String host, List<Entry> entries, Instant now) {
        return of(calendarName, host, List.of(), entries, now);
    }

    /** The spans first (whole days, free time: a phase does not block a day), then the meetings. */
    static String of(String calendarName, String host, List<DaySpan> spans, List<Entry> entries, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Kokreation//Veranstaltungen//DE");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(calendarName));
        for (DaySpan span : spans) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + span.uid() + "@" + host);
            line(ics, "DTSTAMP:" + UTC.format(now.truncatedTo(ChronoUnit.SECONDS)));
            line(ics, "DTSTART;VALUE=DATE:" + DAY.format(span.first()));
            // DTEND of an all-day event is the day after its last (RFC 5545, 3.6.1).
            line(ics, "DTEND;VALUE=DATE:" + DAY.format(span.last().plusDays(1)));
            line(ics, "SUMMARY:" + text(span.title()));
            line(ics, "URL:" + span.url());
            line(ics, "TRANSP:TRANSPARENT");
            line(ics, "END:VEVENT");
        }
        for (Entry entry : entries) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:meeting-" + entry.id() + "@" + host);
            line(ics, "DTSTAMP:" + UTC.format(now.truncatedTo(ChronoUnit.SECONDS)));
            line(ics, "LAST-MODIFIED:" + UTC.format(entry.updatedAt().truncatedTo(ChronoUnit.SECONDS)));
            // The sequence grows with every change, so calendars replace what they had.
            line(ics, "SEQUENCE:" + entry.updatedAt().getEpochSecond() / 60 % 1_000_000);
            line(ics, "DTSTART:" + UTC.format(entry.startsAt()));
            line(ics, "DTEND:" + UTC.format(entry.endsAt()));
            line(ics, "SUMMARY:" + text(entry.title()));
            if (entry.place() != null) {
                line(ics, "LOCATION:" + text(entry.place()));
            }
            if (!entry.description().isBlank()) {
                line(ics, "DESCRIPTION:" + text(entry.description()));
            }
            line(ics, "URL:" + entry.url());
            line(ics, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no line is longer than 75 octets of UTF-8. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
