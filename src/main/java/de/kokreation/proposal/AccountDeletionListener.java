package de.kokreation.proposal;

import de.kokreation.account.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When an account is deleted, its votes stay counted and its flags and moderation decisions stay
 * in force, but none of them points to the person any more. Runs synchronously inside the
 * deleting transaction, so the deletion is all or nothing.
 */
@Component
class AccountDeletionListener {

    private final JdbcTemplate jdbc;

    AccountDeletionListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountEvents.AccountDeleted event) {
        jdbc.update("update proposal_vote set voter_id = null where voter_id = ?", event.accountId());
        jdbc.update("update proposal set hidden_by = null where hidden_by = ?", event.accountId());
        jdbc.update("update proposal_comment set hidden_by = null where hidden_by = ?", event.accountId());
    }
}
