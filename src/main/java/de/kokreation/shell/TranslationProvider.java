package de.kokreation.shell;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Vaadin's access to the message bundles ({@link MessageBundles}). German is the default; a key
 * missing from the bundles shows as {@code !key!} so that it is noticed.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(GERMAN, ENGLISH);

    private final MessageSource messages;

    public TranslationProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, "!" + key + "!", supported(locale));
    }

    /** The provided locale that matches the language of {@code locale}, German otherwise. */
    public static Locale supported(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : GERMAN;
    }
}
