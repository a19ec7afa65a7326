package de.kokreation.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Mail texts per language from {@code i18n/mail_de} and {@code i18n/mail_en}: a subject and a plain
 * text body per template, with {@link MessageFormat} arguments.
 */
@Component
class MailTemplates {

    private static final String BUNDLE = "i18n.mail";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    record Rendered(String subject, String text) {
    }

    /** An argument that is itself a text of the bundle, so it appears in the mail's language. */
    record MessageKey(String key) {
    }

    private static Object[] resolve(ResourceBundle bundle, Object[] arguments) {
        Object[] resolved = arguments.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof MessageKey(String key)) {
                resolved[i] = bundle.getString(key);
            }
        }
        return resolved;
    }

    /** One line of text, for digest entries. */
    String line(String key, Locale locale, Object... arguments) {
        Locale language = language(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), language).format(resolve(bundle, arguments));
    }

    private static Locale language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    Rendered render(String template, Locale locale, Object... arguments) {
        Locale language = language(locale);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
        Object[] resolved = resolve(bundle, arguments);
        String subject = new MessageFormat(bundle.getString(template + ".subject"), language).format(resolved);
        String body = new MessageFormat(bundle.getString(template + ".body"), language).format(resolved);
        String footer = new MessageFormat(bundle.getString("footer"), language).format(arguments);
        return new Rendered(subject, body + "\n\n-- \n" + footer);
    }
}
