package de.kokreation.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * All user-facing text comes from {@code i18n/messages_de} and {@code i18n/messages_en}. German is
 * the default; a key missing from a bundle shows as {@code !key!} so that it is noticed.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(GERMAN, ENGLISH);
    static final String BUNDLE = "i18n.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK).getString(key);
            // Always through MessageFormat, so every pattern follows the same quoting rules ('' for ').
            return new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException missing) {
            return "!" + key + "!";
        }
    }

    /** The provided locale that matches the language of {@code locale}, German otherwise. */
    public static Locale supported(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : GERMAN;
    }
}
