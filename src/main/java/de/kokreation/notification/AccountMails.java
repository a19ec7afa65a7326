package de.kokreation.notification;

import de.kokreation.account.AccountContact;
import de.kokreation.account.AccountEvents;
import de.kokreation.account.AccountService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails about the account itself. Each listener runs after the publishing transaction committed,
 * in its own transaction; when sending fails, the event publication stays incomplete and is
 * delivered again later (see {@link OutstandingMailRetry}).
 */
@Component
class AccountMails {

    private final AccountService accounts;
    private final MailTemplates templates;
    private final MailComposer composer;
    private final String baseUrl;

    AccountMails(
            AccountService accounts,
            MailTemplates templates,
            MailComposer composer,
            @Value("${kokreation.public-base-url}") String baseUrl) {
        this.accounts = accounts;
        this.templates = templates;
        this.composer = composer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(AccountEvents.ConfirmationRequested event) {
        sendWithLink(
                event.accountId(), AccountEvents.LinkKind.CONFIRM_REGISTRATION, "confirm", "/registrieren/bestaetigen");
    }

    @ApplicationModuleListener
    void on(AccountEvents.RegistrationForExistingAccount event) {
        accounts.contact(event.accountId())
                .ifPresent(contact -> send(
                        contact,
                        contact.email(),
                        "alreadyRegistered",
                        contact.displayName(),
                        baseUrl + "/anmelden",
                        baseUrl + "/passwort-vergessen"));
    }

    @ApplicationModuleListener
    void on(AccountEvents.PasswordResetRequested event) {
        sendWithLink(
                event.accountId(), AccountEvents.LinkKind.RESET_PASSWORD, "passwordReset", "/passwort-zuruecksetzen");
    }

    @ApplicationModuleListener
    void on(AccountEvents.EmailChangeRequested event) {
        sendWithLink(
                event.accountId(),
                AccountEvents.LinkKind.CONFIRM_EMAIL_CHANGE,
                "emailChange",
                "/profil/email-bestaetigen");
    }

    /** The token is minted now, in this listener's transaction: it never waits in the event registry. */
    private void sendWithLink(long accountId, AccountEvents.LinkKind kind, String template, String path) {
        accounts.contact(accountId)
                .ifPresent(contact -> accounts.mintForMail(accountId, kind)
                        .ifPresent(token -> send(
                                contact,
                                token.recipient(),
                                template,
                                contact.displayName(),
                                link(path, token.token()))));
    }

    private void send(AccountContact contact, String to, String template, Object... arguments) {
        composer.send(to, templates.render(template, contact.locale(), arguments));
    }

    private String link(String path, String token) {
        return baseUrl + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
