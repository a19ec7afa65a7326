package de.kokreation.notification;

import de.kokreation.account.AccountContact;
import de.kokreation.account.AccountService;
import de.kokreation.shared.Permalinks;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The unsubscribe links of notification and digest mails. A mail program's one-click POST
 * (RFC 8058, body {@code List-Unsubscribe=One-Click}) stops that kind of mail at once; opening the
 * link shows a page that asks first, because scanners and previews fetch links unasked (GET never
 * changes anything). No login and no session: the signed token is the authority. A token that is
 * not ours gets a 404, the same whatever was wrong with it.
 */
@Controller
class UnsubscribeController {

    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final UnsubscribeLinks links;
    private final NotificationSettings settings;
    private final AccountService accounts;
    private final MessageSource messages;

    UnsubscribeController(
            UnsubscribeLinks links, NotificationSettings settings, AccountService accounts, MessageSource messages) {
        this.links = links;
        this.settings = settings;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping(Permalinks.UNSUBSCRIBE + "/{token}")
    ResponseEntity<String> ask(@PathVariable String token) {
        Optional<UnsubscribeLinks.Scope> scope = links.read(token);
        if (scope.isEmpty()) {
            return unknown();
        }
        Locale locale = localeOf(scope.get());
        String what = what(scope.get(), locale);
        return page(
                locale,
                HttpStatus.OK,
                text("unsubscribe.title", locale),
                "<p>" + escape(messages.getMessage("unsubscribe.ask", new Object[] {what}, locale)) + "</p>"
                        + "<form method=\"post\"><input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + "<button type=\"submit\">" + escape(text("unsubscribe.confirm", locale)) + "</button></form>"
                        + settingsLink(locale));
    }

    @PostMapping(Permalinks.UNSUBSCRIBE + "/{token}")
    ResponseEntity<String> stop(@PathVariable String token) {
        Optional<UnsubscribeLinks.Scope> scope = links.read(token);
        if (scope.isEmpty()) {
            return unknown();
        }
        UnsubscribeLinks.Scope stopping = scope.get();
        if (accounts.contact(stopping.accountId()).isPresent()) {
            if (stopping.digest()) {
                settings.stopDigest(stopping.accountId());
            } else {
                settings.stop(stopping.accountId(), stopping.kind());
            }
        }
        Locale locale = localeOf(stopping);
        return page(
                locale,
                HttpStatus.OK,
                text("unsubscribe.done.title", locale),
                "<p>" + escape(messages.getMessage("unsubscribe.done", new Object[] {what(stopping, locale)}, locale))
                        + "</p>" + settingsLink(locale));
    }

    private String what(UnsubscribeLinks.Scope scope, Locale locale) {
        return scope.digest()
                ? text("unsubscribe.digest", locale)
                : text(scope.kind().messageKey(), locale);
    }

    private Locale localeOf(UnsubscribeLinks.Scope scope) {
        return accounts.contact(scope.accountId()).map(AccountContact::locale).orElse(Locale.GERMAN);
    }

    private String settingsLink(Locale locale) {
        return "<p><a href=\"" + escape(links.settings()) + "\">" + escape(text("unsubscribe.settings", locale))
                + "</a></p>";
    }

    private ResponseEntity<String> unknown() {
        return page(
                Locale.GERMAN,
                HttpStatus.NOT_FOUND,
                text("unsubscribe.unknown.title", Locale.GERMAN),
                "<p>" + escape(text("unsubscribe.unknown", Locale.GERMAN)) + "</p><p lang=\"en\">"
                        + escape(text("unsubscribe.unknown", Locale.ENGLISH)) + "</p>");
    }

    private ResponseEntity<String> page(Locale locale, HttpStatus status, String title, String body) {
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + " – "
                + escape(text("app.name", locale)) + "</title></head><body><main><h1>" + escape(title) + "</h1>"
                + body + "</main></body></html>";
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .body(html);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
