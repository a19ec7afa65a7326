package de.kokreation.notification;

import de.kokreation.account.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A deleted account's settings and waiting digest entries go with it, in the same transaction. */
@Component
class AccountDeletionCleanup {

    private final JdbcTemplate jdbc;

    AccountDeletionCleanup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountEvents.AccountDeleted event) {
        jdbc.update("delete from notification_setting where account_id = ?", event.accountId());
        jdbc.update("delete from notification_digest_item where account_id = ?", event.accountId());
    }
}
