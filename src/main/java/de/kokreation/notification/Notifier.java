package de.kokreation.notification;

import de.kokreation.account.AccountService;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers one piece of news to one person as they chose: a mail now, an entry for tomorrow's
 * digest, or nothing.
 */
@Component
class Notifier {

    private final NotificationSettings settings;
    private final AccountService accounts;
    private final MailTemplates templates;
    private final MailComposer composer;
    private final DigestItemRepository digest;
    private final Clock clock;
    private final UnsubscribeLinks links;

    Notifier(
            NotificationSettings settings,
            AccountService accounts,
            MailTemplates templates,
            MailComposer composer,
            DigestItemRepository digest,
            Clock clock,
            UnsubscribeLinks links) {
        this.links = links;
        this.settings = settings;
        this.accounts = accounts;
        this.templates = templates;
        this.composer = composer;
        this.digest = digest;
        this.clock = clock;
    }

    /** {@code arguments}: the template's arguments after the recipient's name, the link last. */
    @Transactional
    public void notify(long recipientId, NotificationKind kind, String link, Object... arguments) {
        Delivery delivery = settings.deliveryFor(recipientId, kind);
        if (delivery == Delivery.OFF) {
            return;
        }
        accounts.contact(recipientId).ifPresent(contact -> {
            if (delivery == Delivery.IMMEDIATELY) {
                String unsubscribe = links.forKind(recipientId, kind);
                MailTemplates.Rendered mail = templates.render(
                        "notification." + kind.name(),
                        contact.locale(),
                        withNameAndLink(contact.displayName(), arguments, link));
                composer.send(
                        contact.email(),
                        templates.withFooter(
                                mail, "footer.notification", contact.locale(), links.settings(), unsubscribe),
                        unsubscribe);
            } else {
                digest.save(new DigestItem(
                        recipientId,
                        kind,
                        line(kind, Locale.GERMAN, arguments),
                        line(kind, Locale.ENGLISH, arguments),
                        link,
                        clock.instant()));
            }
        });
    }

    private String line(NotificationKind kind, Locale locale, Object... arguments) {
        return templates.line("digest." + kind.name(), locale, arguments);
    }

    private static Object[] withNameAndLink(String name, Object[] arguments, String link) {
        Object[] all = new Object[arguments.length + 2];
        all[0] = name;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        all[all.length - 1] = link;
        return all;
    }
}
