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

    Rendered render(String template, Locale locale, Object... arguments) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
        String subject = new MessageFormat(bundle.getString(template + ".subject"), language).format(arguments);
        String body = new MessageFormat(bundle.getString(template + ".body"), language).format(arguments);
        String footer = new MessageFormat(bundle.getString("footer"), language).format(arguments);
        return new Rendered(subject, body + "\n\n-- \n" + footer);
    }
}
