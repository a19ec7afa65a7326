package de.kokreation.actionplan;

import de.kokreation.account.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When an account is deleted it no longer coordinates, answers for or follows any commitment; its
 * reports stay part of the public history without pointing to the person. Runs inside the deleting
 * transaction.
 */
@Component
class PlanAccountDeletion {

    private final JdbcTemplate jdbc;

    PlanAccountDeletion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(AccountEvents.AccountDeleted event) {
        jdbc.update("delete from action_plan_coordinator where account_id = ?", event.accountId());
        jdbc.update("delete from commitment_responsible where account_id = ?", event.accountId());
        jdbc.update("delete from commitment_follower where account_id = ?", event.accountId());
        jdbc.update("update implementation_report set author_id = null where author_id = ?", event.accountId());
        // A person's own statements about the plan go with the account; the summary stays, without its author.
        jdbc.update("delete from round_assessment where author_id = ?", event.accountId());
        jdbc.update("delete from report_comment where author_id = ?", event.accountId());
        jdbc.update("update round_summary set author_id = null where author_id = ?", event.accountId());
    }
}
