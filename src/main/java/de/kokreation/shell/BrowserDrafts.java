package de.kokreation.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

/**
 * Keeps what a user types in the browser's local storage, keystroke by keystroke and without a
 * round trip, so that a failed submit, a lost connection or an expired session loses nothing: the
 * next time the same form opens, the text is back.
 */
public final class BrowserDrafts {

    private static final String PREFIX = "kokreation.draft.";

    private BrowserDrafts() {
    }

    /**
     * Saves the field's text under {@code key} as it is typed, and restores a saved text into the
     * field when it is empty.
     */
    public static <F extends Component & HasValue<?, String>> void keep(F field, String key) {
        String storageKey = PREFIX + key;
        field.getElement().executeJs("""
                const key = $0;
                const field = this;
                if (!field.__kkDraft) {
                  field.__kkDraft = true;
                  field.addEventListener('input', () => {
                    try { localStorage.setItem(key, field.value); } catch (e) { /* storage full or off */ }
                  });
                }
                try { return localStorage.getItem(key); } catch (e) { return null; }
                """, storageKey).then(String.class, saved -> {
            if (saved != null && !saved.isBlank() && field.getValue().isBlank()) {
                field.setValue(saved);
            }
        });
    }

    /**
     * Forgets a draft after it was saved on the server. Runs on the page, not on the field: the
     * field is often gone in the same round trip (the view navigates on), and JavaScript queued on a
     * detached element never runs.
     */
    public static void forget(Component anyComponent, String key) {
        com.vaadin.flow.component.UI ui = anyComponent.getUI().orElse(com.vaadin.flow.component.UI.getCurrent());
        if (ui != null) {
            ui.getPage().executeJs("try { localStorage.removeItem($0); } catch (e) {}", PREFIX + key);
        }
    }
}
