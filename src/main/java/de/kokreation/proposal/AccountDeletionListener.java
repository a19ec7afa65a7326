package de.kokreation.proposal;

import de.kokreation.account.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When an account is deleted, its votes stay counted but no longer point to the person. Runs
 * synchronously inside the deleting transaction, so the deletion is all or nothing.
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
    }
}
