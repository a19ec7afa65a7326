package de.kokreation.jobs;

import de.kokreation.account.AccountEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account's jobs and files go with it (a report may hold what the account could read). */
@Component
class JobsAccountDeletion {

    private final JobStore store;
    private final JobFiles files;

    JobsAccountDeletion(JobStore store, JobFiles files) {
        this.store = store;
        this.files = files;
    }

    @EventListener
    void on(AccountEvents.AccountDeleted event) {
        store.ofOwner(event.accountId()).forEach(files::delete);
        store.deleteOfOwner(event.accountId());
    }
}
