package de.kokreation.notification;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mail texts per language from the bundle {@code i18n/mail} (through {@link MessageSource}): a
 * subject and a plain text body per template, with {@link java.text.MessageFormat} arguments;
 * arguments that are {@link de.kokreation.shared.MessageKey}s appear in the mail's language.
 */
@Component
class MailTemplates {

    record Rendered(String subject, String text) {}

    private final MessageSource messages;

    MailTemplates(MessageSource messages) {
        this.messages = messages;
    }

    /** One line of text, for digest entries. */
    String line(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, language(locale));
    }

    private static Locale language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
    }

    /** The mail with a closing line from {@code footerKey} (given the settings and the unsubscribe link). */
    Rendered withFooter(Rendered mail, String footerKey, Locale locale, String settings, String unsubscribe) {
        return new Rendered(mail.subject(), mail.text() + "\n\n-- \n" + line(footerKey, locale, settings, unsubscribe));
    }

    Rendered render(String template, Locale locale, Object... arguments) {
        Locale language = language(locale);
        String subject = messages.getMessage(template + ".subject", arguments, language);
        String body = messages.getMessage(template + ".body", arguments, language);
        String footer = messages.getMessage("footer", arguments, language);
        return new Rendered(subject, body + "\n\n-- \n" + footer);
    }
}
