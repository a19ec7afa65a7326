package de.kokreation.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as the user's language writes them. */
public final class Formats {

    /** The platform's consultations are German; times are shown in German time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Formats() {}

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(TranslationProvider.supported(locale))
                .format(date);
    }

    public static String date(Instant instant, Locale locale) {
        return date(instant.atZone(ZONE).toLocalDate(), locale);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(TranslationProvider.supported(locale))
                .format(instant.atZone(ZONE));
    }

    /**
     * From when to when, in German time: "14.03.2027, 10:00–16:00" on one day, both points in
     * full over several days.
     */
    public static String span(Instant start, Instant end, Locale locale) {
        var startTime = start.atZone(ZONE);
        var endTime = end.atZone(ZONE);
        if (startTime.toLocalDate().equals(endTime.toLocalDate())) {
            return dateTime(start, locale) + "–"
                    + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                            .withLocale(TranslationProvider.supported(locale))
                            .format(endTime);
        }
        return dateTime(start, locale) + " – " + dateTime(end, locale);
    }

    /** Machine-readable form for the {@code datetime} attribute of {@code <time>}. */
    public static String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.atZone(ZONE).withNano(0));
    }
}
