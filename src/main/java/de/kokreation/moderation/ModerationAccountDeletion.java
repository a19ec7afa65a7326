package de.kokreation.moderation;

import de.kokreation.account.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the moderation does when an account is deleted: its flags and the audit log's entries stay
 * (they were dealt with, or still are, and the log must stay complete), without the person.
 */
@Component
class ModerationAccountDeletion {

    private final JdbcTemplate jdbc;

    ModerationAccountDeletion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountEvents.AccountDeleted event) {
        jdbc.update("update content_flag set flagger_id = null where flagger_id = ?", event.accountId());
        jdbc.update("update moderation_action set actor_id = null where actor_id = ?", event.accountId());
    }
}
