package de.kokreation.export;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The texts of exported documents in one language, from {@code i18n/documents_de} and {@code _en};
 * one instance per document written (not thread-safe).
 */
final class DocumentTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    DocumentTexts(Locale requested) {
        this.locale = "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        this.bundle = ResourceBundle.getBundle("i18n.documents", locale, NO_FALLBACK);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        // One parsed pattern per key: a report formats three texts for each of 100,000 proposals.
        return formats.computeIfAbsent(key, name -> new MessageFormat(bundle.getString(name), locale))
                .format(arguments);
    }

    String date(LocalDate date) {
        return dates.format(date);
    }
}
