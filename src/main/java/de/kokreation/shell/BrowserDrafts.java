package de.kokreation.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps what a user types in the browser's local storage, keystroke by keystroke and without a
 * round trip, so that a failed submit, a lost connection or an expired session loses nothing: the
 * next time the same form opens, the text is back.
 *
 * <p>Computers are shared (a library, an office, a workshop room). So each draft is kept under
 * its account (a hash of the login name, not the address itself), is shown to that account only,
 * and every draft is removed at logout; when someone logs in, the drafts of anyone else on that
 * browser (and those typed before logging in) are removed too.
 */
public final class BrowserDrafts {

    private static final String PREFIX = "kokreation.draft.";

    private BrowserDrafts() {}

    /**
     * Saves the field's text under {@code key} as it is typed, and restores a saved text into the
     * field when it is empty.
     */
    public static <F extends Component & HasValue<?, String>> void keep(F field, String key) {
        String storageKey = PREFIX + owner() + "." + key;
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
        UI ui = anyComponent.getUI().orElse(UI.getCurrent());
        if (ui != null) {
            ui.getPage().executeJs("try { localStorage.removeItem($0); } catch (e) {}", PREFIX + owner() + "." + key);
        }
    }

    /** Removes every draft kept in this browser: at logout. */
    public static void forgetAll(UI ui) {
        removeDraftsExcept(ui, null);
    }

    /** Removes the drafts of everyone but the logged-in account; nothing while nobody is logged in. */
    public static void forgetOtherPeoples(UI ui) {
        String owner = owner();
        if (!ANONYMOUS.equals(owner)) {
            removeDraftsExcept(ui, PREFIX + owner + ".");
        }
    }

    private static void removeDraftsExcept(UI ui, @Nullable String keptPrefix) {
        ui.getPage().executeJs("""
                try {
                  const doomed = [];
                  for (let i = 0; i < localStorage.length; i++) {
                    const key = localStorage.key(i);
                    if (key.startsWith($0) && !($1 && key.startsWith($1))) doomed.push(key);
                  }
                  doomed.forEach(key => localStorage.removeItem(key));
                } catch (e) { /* storage off */ }
                """, PREFIX, keptPrefix == null ? "" : keptPrefix);
    }

    private static final String ANONYMOUS = "anon";

    /** Whose drafts these are: a hash of the logged-in name, or anonymous. */
    private static String owner() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(authentication.getName().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
