package de.kokreation.notification;

import de.kokreation.account.AccountService;
import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Once a day, one mail per person listing all their news since the last digest. */
@Component
class DailyDigest {

    private final DigestItemRepository items;
    private final AccountService accounts;
    private final MailTemplates templates;
    private final MailComposer composer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final UnsubscribeLinks links;

    DailyDigest(
            DigestItemRepository items,
            AccountService accounts,
            MailTemplates templates,
            MailComposer composer,
            TransactionTemplate transaction,
            Clock clock,
            UnsubscribeLinks links) {
        this.links = links;
        this.items = items;
        this.accounts = accounts;
        this.templates = templates;
        this.composer = composer;
        this.transaction = transaction;
        this.clock = clock;
    }

    // Once per cluster: the node that takes the lock sends; the lock stays five minutes at least,
    // so that a node whose clock is a little behind does not send a second time.
    @Scheduled(cron = "${kokreation.notifications.digest-cron:0 0 7 * * *}")
    @SchedulerLock(
            name = "daily-digest",
            lockAtLeastFor = "${kokreation.cluster.daily-job-lock-at-least-for}",
            lockAtMostFor = "PT2H")
    void sendAll() {
        for (long recipient : items.findRecipientsWithPendingItems()) {
            // One transaction per person: a failure leaves that person's items for the next run.
            transaction.executeWithoutResult(status -> sendTo(recipient));
        }
    }

    private void sendTo(long recipient) {
        List<DigestItem> pending = items.findPending(recipient);
        if (pending.isEmpty()) {
            return;
        }
        accounts.contact(recipient)
                .ifPresentOrElse(
                        contact -> {
                            StringBuilder list = new StringBuilder();
                            for (DigestItem item : pending) {
                                list.append("- ")
                                        .append(item.text(contact.locale()))
                                        .append("\n  ")
                                        .append(item.link())
                                        .append("\n");
                            }
                            String unsubscribe = links.forDigest(recipient);
                            MailTemplates.Rendered mail = templates.render(
                                    "digest",
                                    contact.locale(),
                                    contact.displayName(),
                                    pending.size(),
                                    list.toString().strip());
                            composer.send(
                                    contact.email(),
                                    templates.withFooter(
                                            mail, "footer.digest", contact.locale(), links.settings(), unsubscribe),
                                    unsubscribe);
                            // Sent entries are deleted: the table holds only what is still to be sent.
                            items.deleteAll(pending);
                        },
                        () -> items.deleteAll(pending));
    }
}
