package de.kokreation.shell;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The one way to user-facing text: a Spring {@link MessageSource} over the bundles of the pages
 * ({@code i18n/messages}), the mails ({@code i18n/mail}) and the exported documents
 * ({@code i18n/documents}), in German and English. Every key lives in exactly one bundle.
 * Patterns always go through {@link java.text.MessageFormat} (so {@code ''} stands for an
 * apostrophe everywhere), and arguments that are {@link de.kokreation.shared.MessageKey}s are
 * translated in the same language. There is no fallback to the server's locale: callers ask in
 * German or English ({@link TranslationProvider#supported}).
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    static final String[] BASENAMES = {"i18n/messages", "i18n/mail", "i18n/documents"};

    /** Named {@code messageSource}, so the application context answers its own message lookups with it. */
    @Bean
    static MessageSource messageSource() {
        return create();
    }

    /** The message source as the application uses it, also for tests without a context. */
    public static MessageSource create() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(BASENAMES);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
