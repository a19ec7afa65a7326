package de.kokreation.shell;

import com.vaadin.flow.component.UI;

/** The document's {@code lang} follows the UI language, for screen readers and hyphenation. */
public final class DocumentLanguage {

    private DocumentLanguage() {}

    public static void follow(UI ui) {
        ui.getPage()
                .executeJs(
                        "document.documentElement.setAttribute('lang', $0)",
                        TranslationProvider.supported(ui.getLocale()).getLanguage());
    }
}
