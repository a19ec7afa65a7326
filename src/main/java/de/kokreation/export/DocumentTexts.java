package de.kokreation.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The texts of exported documents in one language, from the bundle {@code i18n/documents}
 * (through {@link MessageSource}, which keeps each parsed pattern: a report formats three texts
 * for each of 100,000 proposals).
 */
final class DocumentTexts {

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter dates;

    DocumentTexts(MessageSource messages, Locale requested) {
        this.messages = messages;
        this.locale = "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }
}
